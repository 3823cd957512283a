// What every part of the page shares: the state, REST calls, WebSocket requests, frame and notice
// listeners, and DOM helpers that only ever insert user data as text.

export const $ = (id) => document.getElementById(id);

export const state = {
  token: null,
  me: null,
  device: null,
  config: {},
  socket: null,
  connected: false,
  reqCounter: 0,
  waiting: new Map(), // req_id -> {resolve, reject, timer}
  conversations: new Map(), // conversation_id -> summary (a conversation-list line, kept current)
  open: null, // the open conversation's id
  messages: new Map(), // conversation_id -> Map(key -> message); key = seq or "pending:msg_id"
  groups: new Map(), // group conversation_id -> {group, members}
  friends: new Map(), // user_id -> friend
  presence: new Map(), // user_id -> {online, last_seen}
  blocked: new Set(),
};

const ANSWER_TIMEOUT_MS = 10_000;

export function newId() {
  return crypto.randomUUID().replaceAll("-", "");
}

/** A REST call; a failure is an Error with the problem's `status` and `reason`. */
export async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: {
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...(state.token ? { Authorization: "Bearer " + state.token } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    if (response.status === 401 && state.token) emit("unauthorized");
    const error = new Error(json?.detail ?? json?.title ?? "HTTP " + response.status);
    error.status = response.status;
    error.reason = json?.reason;
    throw error;
  }
  return json;
}

/** Uploads one file (multipart, part `file`), reporting progress from 0 to 1. */
export function upload(file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/files");
    xhr.setRequestHeader("Authorization", "Bearer " + state.token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const json = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      if (xhr.status === 201) resolve(json);
      else reject(new Error(json?.detail ?? json?.title ?? "upload failed: " + xhr.status));
    };
    xhr.onerror = () => reject(new Error("upload failed: network"));
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}

const blobs = new Map(); // path -> Promise<object URL>

/**
 * A file's bytes as an object URL: downloads need the token, which an img or a link cannot send,
 * and the page's Content-Security-Policy allows blob: images and media.
 */
export function fileUrl(fileId, thumbnail = false) {
  const path = `/api/v1/files/${encodeURIComponent(fileId)}${thumbnail ? "/thumbnail" : ""}`;
  if (!blobs.has(path)) {
    const loading = fetchFile(path, 3).then(async (response) => {
      if (!response.ok) throw new Error("file unavailable (" + response.status + ")");
      return URL.createObjectURL(await response.blob());
    });
    loading.catch(() => blobs.delete(path));
    blobs.set(path, loading);
  }
  return blobs.get(path);
}

/** A file's answer; a 503 or 429 ("retry later") is asked again after a pause, a few times. */
async function fetchFile(path, triesLeft) {
  const response = await fetch(path, { headers: { Authorization: "Bearer " + state.token } });
  if ((response.status === 503 || response.status === 429) && triesLeft > 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    return fetchFile(path, triesLeft - 1);
  }
  return response;
}

/** A WebSocket request, answered by the frame with the same req_id. */
export function request(frame) {
  return new Promise((resolve, reject) => {
    if (!state.socket || !state.connected) {
      reject(new Error("not connected"));
      return;
    }
    const reqId = "r" + ++state.reqCounter;
    const timer = setTimeout(() => {
      state.waiting.delete(reqId);
      reject(new Error("no answer"));
      // A connection that does not answer is dead even if the browser has not noticed.
      state.socket?.close();
    }, ANSWER_TIMEOUT_MS);
    state.waiting.set(reqId, { resolve, reject, timer });
    state.socket.send(JSON.stringify({ ...frame, req_id: reqId }));
  });
}

/** Settles the request an answer belongs to; true when it was one. */
export function settle(frame) {
  const waiter = frame.req_id && state.waiting.get(frame.req_id);
  if (!waiter) return false;
  state.waiting.delete(frame.req_id);
  clearTimeout(waiter.timer);
  if (frame.code === 0) {
    waiter.resolve(frame);
  } else {
    const error = new Error(frame.error ?? "error " + frame.code);
    error.code = frame.code;
    error.reason = frame.reason;
    waiter.reject(error);
  }
  return true;
}

export function failAllWaiting() {
  for (const [reqId, waiter] of state.waiting) {
    clearTimeout(waiter.timer);
    waiter.reject(new Error("connection lost"));
    state.waiting.delete(reqId);
  }
}

// ---- events: server frames by cmd, notices by type, and the page's own -----------------------

const listeners = new Map();

export function on(name, listener) {
  if (!listeners.has(name)) listeners.set(name, []);
  listeners.get(name).push(listener);
}

export function emit(name, ...args) {
  for (const listener of listeners.get(name) ?? []) {
    try {
      listener(...args);
    } catch (error) {
      console.error(name, error);
    }
  }
}

// ---- DOM -------------------------------------------------------------------------------------

/**
 * An element with attributes and children; strings become text nodes, so user data is never
 * parsed as HTML. Attributes: `class`, `text`, `on<event>` listeners, and any other attribute.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") element.className = value;
    else if (key === "text") element.textContent = value;
    else if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(element.dataset, value);
    else element.setAttribute(key, value === true ? "" : String(value));
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return element;
}

export function button(text, onClick, attributes = {}) {
  return el("button", { type: "button", class: "secondary small", onclick: onClick, ...attributes }, text);
}

let toastTimer;

export function toast(text) {
  const box = $("toast");
  box.textContent = text;
  box.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (box.hidden = true), 4000);
}

/** Asks in the page's own dialog (window.confirm blocks and cannot be styled or tested). */
export function confirmed(text) {
  const dialog = $("confirm");
  $("confirm-text").textContent = text;
  dialog.showModal();
  $("confirm-no").focus();
  return new Promise((resolve) => {
    const done = (answer) => {
      $("confirm-yes").onclick = null;
      $("confirm-no").onclick = null;
      dialog.onclose = null;
      if (dialog.open) dialog.close();
      resolve(answer);
    };
    $("confirm-yes").onclick = () => done(true);
    $("confirm-no").onclick = () => done(false);
    dialog.onclose = () => done(false);
  });
}

/** The name to show for a user: the caller's remark for a friend, else the nickname or id. */
export function nameOf(userId) {
  if (userId === state.me) return "you";
  const friend = state.friends.get(userId);
  return friend?.remark || friend?.nickname || userId;
}

export function presenceDot(online) {
  return el("span", { class: "dot" + (online ? " online" : ""), role: "img", "aria-label": online ? "online" : "offline" });
}

export function timeOf(ms) {
  if (!ms) return "";
  const date = new Date(ms);
  const today = new Date();
  return date.toDateString() === today.toDateString()
    ? date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
    : date.toLocaleDateString();
}

export function sizeOf(bytes) {
  if (bytes === undefined || bytes === null) return "";
  if (bytes < 1024) return bytes + " B";
  if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + " KB";
  return (bytes / 1024 / 1024).toFixed(1) + " MB";
}

export function peerOf(conversationId) {
  return conversationId.slice(3).split(":").find((name) => name !== state.me) ?? state.me;
}

export function directWith(other) {
  return "dm:" + [state.me, other].sort().join(":");
}

// Dialogs close with their Close button as with Escape.
for (const close of document.querySelectorAll("dialog [data-close]")) {
  close.addEventListener("click", () => close.closest("dialog").close());
}
