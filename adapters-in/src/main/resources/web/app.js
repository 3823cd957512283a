// Lynx IM web client: plain JavaScript over PROTOCOL.md (REST for accounts, lists and groups;
// one WebSocket per tab for sends, pushes, pulls, acks and the one-cursor sync).

const HEARTBEAT_MS = 30_000;
const ANSWER_TIMEOUT_MS = 10_000;
const PAGE = 50;
const SYNC_PAGE = 500;
const BACKOFF_FIRST_MS = 500;
const BACKOFF_MAX_MS = 30_000;
/** Past any inbox's head: a sync from it answers reset with the head (PROTOCOL.md, Sync). */
const BEYOND_ANY_HEAD = Number.MAX_SAFE_INTEGER;

const $ = (id) => document.getElementById(id);

const state = {
  token: null,
  me: null,
  device: null,
  socket: null,
  connected: false,
  reconnectAttempt: 0,
  reconnectTimer: null,
  heartbeatTimer: null,
  reqCounter: 0,
  waiting: new Map(), // req_id -> {resolve, reject, timer}
  conversations: new Map(), // conversation_id -> summary
  open: null, // the open conversation's id
  messages: new Map(), // conversation_id -> Map(key -> message); key = seq or "pending:msg_id"
  oldestLoaded: new Map(), // conversation_id -> lowest seq shown
  pending: new Map(), // msg_id -> {conversation_id, content, state: "pending" | "failed"}
  inboxCursor: null,
  catchingUp: false,
  loadingOlder: false,
};

// ---- small helpers -------------------------------------------------------------------------

function newId() {
  return crypto.randomUUID().replaceAll("-", "");
}

function directWith(other) {
  return "dm:" + [state.me, other].sort().join(":");
}

function titleOf(id) {
  const summary = state.conversations.get(id);
  if (id.startsWith("dm:")) {
    return id.slice(3).split(":").find((name) => name !== state.me) ?? state.me;
  }
  return summary?.name ?? "Group " + id.slice(4);
}

function timeOf(ms) {
  if (!ms) return "";
  const date = new Date(ms);
  const today = new Date();
  return date.toDateString() === today.toDateString()
    ? date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })
    : date.toLocaleDateString();
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: {
      "Content-Type": "application/json",
      ...(state.token ? { Authorization: "Bearer " + state.token } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    if (response.status === 401 && state.token) {
      logout("Your session ended; please log in again.");
    }
    throw new Error(json?.detail ?? json?.title ?? "HTTP " + response.status);
  }
  return json;
}

// ---- signing in ----------------------------------------------------------------------------

$("auth-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const action = event.submitter?.value ?? "login";
  const username = $("username").value.trim();
  const password = $("password").value;
  $("auth-error").textContent = "";
  try {
    if (action === "register") {
      await api("POST", "/api/v1/auth/register", { username, password });
    }
    const login = await api("POST", "/api/v1/auth/login", { username, password });
    localStorage.setItem("lynx.token", login.token);
    localStorage.setItem("lynx.me", username);
    start(login.token, username);
  } catch (error) {
    $("auth-error").textContent = error.message;
  }
});

$("logout").addEventListener("click", () => logout());

function logout(reason) {
  localStorage.removeItem("lynx.token");
  localStorage.removeItem("lynx.me");
  sessionStorage.removeItem("lynx.cursor");
  state.token = null;
  clearTimeout(state.reconnectTimer);
  if (state.socket) {
    state.socket.onclose = null;
    state.socket.close();
  }
  location.hash = "";
  if (reason) sessionStorage.setItem("lynx.notice", reason);
  location.reload();
}

function start(token, me) {
  state.token = token;
  state.me = me;
  // Each tab is a device of its own, so that every tab gets pushes and ack syncs.
  state.device = sessionStorage.getItem("lynx.device") ?? "web-" + newId().slice(0, 12);
  sessionStorage.setItem("lynx.device", state.device);
  const cursor = sessionStorage.getItem("lynx.cursor");
  state.inboxCursor = cursor === null ? null : Number(cursor);
  $("auth").hidden = true;
  $("chat").hidden = false;
  $("me").hidden = false;
  $("me").textContent = "Signed in as " + me;
  $("logout").hidden = false;
  loadConversations().catch(showSidebarError);
  connect();
}

// ---- the WebSocket -------------------------------------------------------------------------

function connect() {
  clearTimeout(state.reconnectTimer);
  if (!navigator.onLine) {
    showConnection("Offline: waiting for the network…");
    return;
  }
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const url = `${scheme}//${location.host}/ws?token=${encodeURIComponent(state.token)}&device_id=${state.device}`;
  const socket = new WebSocket(url);
  state.socket = socket;
  showConnection(state.reconnectAttempt === 0 ? "Connecting…" : "Reconnecting…");
  socket.onopen = () => {
    state.connected = true;
    state.reconnectAttempt = 0;
    showConnection(null);
    state.heartbeatTimer = setInterval(heartbeat, HEARTBEAT_MS);
    catchUp().then(resendPending).catch((error) => console.warn("catch-up failed", error));
  };
  socket.onmessage = (event) => onFrame(JSON.parse(event.data));
  socket.onclose = (event) => {
    if (state.socket !== socket) return;
    disconnected(event.code);
  };
}

function disconnected(code) {
  state.connected = false;
  state.socket = null;
  clearInterval(state.heartbeatTimer);
  for (const [reqId, waiter] of state.waiting) {
    clearTimeout(waiter.timer);
    waiter.reject(new Error("connection lost"));
    state.waiting.delete(reqId);
  }
  for (const [msgId, pending] of state.pending) {
    if (pending.state === "pending") markFailed(msgId);
  }
  if (code === 4001) {
    // Another tab took this tab's device id (a duplicated tab copies it): become a new device.
    state.device = "web-" + newId().slice(0, 12);
    sessionStorage.setItem("lynx.device", state.device);
    state.reconnectAttempt = 0;
    connect();
    return;
  }
  scheduleReconnect();
}

/** Exponential backoff with full jitter, so that many clients do not come back at once. */
function scheduleReconnect() {
  if (!state.token) return;
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** state.reconnectAttempt);
  const delay = Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
  state.reconnectAttempt++;
  showConnection(`Disconnected: reconnecting in ${Math.ceil(delay / 1000)} s…`);
  state.reconnectTimer = setTimeout(connect, delay);
}

window.addEventListener("offline", () => {
  if (state.socket) {
    const socket = state.socket;
    state.socket = null;
    socket.onclose = null;
    socket.close();
    disconnected(1006);
  }
  clearTimeout(state.reconnectTimer);
  showConnection("Offline: waiting for the network…");
});

window.addEventListener("online", () => {
  if (state.token && !state.socket) {
    state.reconnectAttempt = 0;
    connect();
  }
});

function showConnection(text) {
  const banner = $("connection");
  banner.hidden = text === null;
  banner.textContent = text ?? "";
  document.body.dataset.connected = String(text === null);
}

function request(frame) {
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

function heartbeat() {
  request({ cmd: 0 }).catch(() => {});
}

function onFrame(frame) {
  if (frame.req_id && state.waiting.has(frame.req_id)) {
    const waiter = state.waiting.get(frame.req_id);
    state.waiting.delete(frame.req_id);
    clearTimeout(waiter.timer);
    if (frame.code === 0) {
      waiter.resolve(frame);
    } else {
      const error = new Error(frame.error ?? "error " + frame.code);
      error.code = frame.code;
      waiter.reject(error);
    }
    return;
  }
  if (frame.cmd === 5) {
    received(frame.payload, true);
  } else if (frame.cmd === 6) {
    const summary = state.conversations.get(frame.conversation_id);
    if (summary) {
      summary.last_ack_seq = Math.max(summary.last_ack_seq ?? 0, frame.last_ack_seq);
      summary.unread = Math.max(0, (summary.last_seq ?? 0) - summary.last_ack_seq);
      renderConversations();
    }
  }
}

// ---- catching up ---------------------------------------------------------------------------

/**
 * After (re)connecting: everything new in the small conversations through the one-cursor sync,
 * then the conversation list (large groups, unread counts), then the open conversation pulled
 * from its last seq. Messages are keyed by seq, so nothing shows twice.
 */
async function catchUp() {
  state.catchingUp = true;
  try {
    if (state.inboxCursor === null) {
      // First connection of this tab: start from the inbox's head; the list and pulls show the past.
      const head = await request({ cmd: 10, cursor: BEYOND_ANY_HEAD, limit: 1 });
      saveCursor(head.next_cursor);
    } else {
      let more = true;
      while (more) {
        const page = await request({ cmd: 10, cursor: state.inboxCursor, limit: SYNC_PAGE });
        if (page.reset) {
          saveCursor(page.next_cursor);
          break;
        }
        for (const message of page.payload) received(message, false);
        saveCursor(page.next_cursor);
        more = page.has_more;
      }
    }
    await loadConversations();
    if (state.open) await pullNewer(state.open);
  } finally {
    state.catchingUp = false;
    renderConversations();
  }
}

function saveCursor(cursor) {
  if (state.inboxCursor === null || cursor > state.inboxCursor) {
    state.inboxCursor = cursor;
    sessionStorage.setItem("lynx.cursor", String(cursor));
  }
}

async function loadConversations() {
  const list = await api("GET", "/api/v1/conversations");
  for (const line of list.conversations) {
    // The list is a snapshot: pushes and ack syncs that came in meanwhile may be newer.
    const known = state.conversations.get(line.conversation_id) ?? {};
    const merged = { ...known, ...line };
    if ((known.last_seq ?? 0) > line.last_seq) {
      merged.last_seq = known.last_seq;
      merged.last_message = known.last_message;
    }
    merged.last_ack_seq = Math.max(known.last_ack_seq ?? 0, line.last_ack_seq);
    merged.unread = Math.max(0, merged.last_seq - merged.last_ack_seq);
    state.conversations.set(line.conversation_id, merged);
  }
  renderConversations();
  await nameGroups();
}

/** Groups are listed by id; their names come from the group itself, once. */
async function nameGroups() {
  const unnamed = [...state.conversations.values()].filter(
    (summary) => summary.type === "group" && !summary.name,
  );
  await Promise.all(
    unnamed.map(async (summary) => {
      const group = await api("GET", "/api/v1/groups/" + summary.conversation_id.slice(4));
      summary.name = group.name;
    }),
  );
  if (unnamed.length > 0) {
    renderConversations();
    if (state.open) $("conversation-title").textContent = titleOf(state.open);
  }
}

async function pullNewer(id) {
  let cursor = lastSeqShown(id);
  let more = true;
  while (more) {
    const page = await request({ cmd: 3, conversation_id: id, cursor_seq: cursor, limit: PAGE });
    for (const message of page.payload) received(message, false);
    cursor = page.next_cursor_seq;
    more = page.has_more;
  }
  ackIfRead(id);
}

function lastSeqShown(id) {
  let last = 0;
  for (const message of state.messages.get(id)?.values() ?? []) {
    if (message.seq > last) last = message.seq;
  }
  return last;
}

// ---- messages ------------------------------------------------------------------------------

/** A message from a push, a sync, a pull or a send's answer. */
function received(message, live) {
  if (message.inbox_seq !== undefined && live) {
    // A push continues the inbox right after the cursor only if nothing was missed in between.
    if (state.inboxCursor !== null && message.inbox_seq === state.inboxCursor + 1) {
      saveCursor(message.inbox_seq);
    }
  }
  const id = message.conversation_id;
  const messages = state.messages.get(id) ?? new Map();
  state.messages.set(id, messages);
  const isNew = !messages.has(message.seq);
  messages.delete("pending:" + message.msg_id);
  if (message.sender_id === state.me) state.pending.delete(message.msg_id);
  messages.set(message.seq, message);

  const summary = state.conversations.get(id) ?? {
    conversation_id: id,
    type: id.startsWith("dm:") ? "direct" : "group",
    last_seq: 0,
    last_ack_seq: 0,
    unread: 0,
  };
  state.conversations.set(id, summary);
  if (message.seq > (summary.last_seq ?? 0)) {
    summary.last_seq = message.seq;
    summary.last_message = message;
  }
  if (isNew && message.sender_id !== state.me && message.seq > (summary.last_ack_seq ?? 0)) {
    summary.unread = Math.max(0, summary.last_seq - (summary.last_ack_seq ?? 0));
  }
  if (message.sender_id === state.me && message.seq > (summary.last_ack_seq ?? 0)) {
    summary.last_ack_seq = message.seq; // one's own messages are read
    summary.unread = Math.max(0, summary.last_seq - summary.last_ack_seq);
  }
  if (id === state.open) {
    renderMessages();
    ackIfRead(id);
  }
  if (!state.catchingUp) renderConversations();
  if (summary.type === "group" && !summary.name) nameGroups().catch(() => {});
}

/** Acknowledges the open conversation up to its newest message while the tab is visible. */
function ackIfRead(id) {
  if (id !== state.open || document.visibilityState !== "visible" || !state.connected) return;
  const summary = state.conversations.get(id);
  const last = lastSeqShown(id);
  if (!summary || last <= (summary.acking ?? summary.last_ack_seq ?? 0)) return;
  summary.acking = last;
  request({ cmd: 4, conversation_id: id, seq: last })
    .then((answer) => {
      summary.last_ack_seq = Math.max(summary.last_ack_seq ?? 0, answer.last_ack_seq);
      summary.unread = Math.max(0, (summary.last_seq ?? 0) - summary.last_ack_seq);
      renderConversations();
    })
    .catch(() => {})
    .finally(() => {
      summary.acking = undefined;
    });
}

document.addEventListener("visibilitychange", () => {
  if (state.open) ackIfRead(state.open);
});

function sendMessage(id, content, msgId = newId()) {
  const messages = state.messages.get(id) ?? new Map();
  state.messages.set(id, messages);
  state.pending.set(msgId, { conversation_id: id, content, state: "pending" });
  messages.set("pending:" + msgId, {
    conversation_id: id,
    msg_id: msgId,
    sender_id: state.me,
    content,
    pending: true,
  });
  if (id === state.open) renderMessages();
  request({ cmd: 2, msg_id: msgId, conversation_id: id, payload: { msg_type: 1, content } })
    .then((answer) => {
      received(
        {
          conversation_id: answer.conversation_id,
          seq: answer.seq,
          msg_id: answer.msg_id,
          sender_id: state.me,
          msg_type: 1,
          content,
          send_time: answer.send_time,
        },
        false,
      );
    })
    .catch(() => markFailed(msgId));
}

function markFailed(msgId) {
  const pending = state.pending.get(msgId);
  if (!pending) return;
  pending.state = "failed";
  const shown = state.messages.get(pending.conversation_id)?.get("pending:" + msgId);
  if (shown) {
    shown.pending = false;
    shown.failed = true;
  }
  if (pending.conversation_id === state.open) renderMessages();
}

/** Sends again, with the same msg_id, what was not acknowledged: the server stores it once. */
function resendPending() {
  for (const [msgId, pending] of state.pending) {
    if (pending.state === "failed") retry(msgId);
  }
}

function retry(msgId) {
  const pending = state.pending.get(msgId);
  if (pending) sendMessage(pending.conversation_id, pending.content, msgId);
}

// ---- opening conversations -----------------------------------------------------------------

async function openConversation(id) {
  state.open = id;
  location.hash = id;
  $("chat").classList.add("open");
  $("conversation").hidden = false;
  $("nothing-open").hidden = true;
  $("conversation-title").textContent = titleOf(id);
  renderConversations();
  renderMessages();
  $("text").focus();
  if (!state.messages.has(id) || state.messages.get(id).size === 0) {
    await loadNewestPage(id);
  } else if (state.connected) {
    await pullNewer(id);
  }
  renderMessages(true);
  ackIfRead(id);
}

async function loadNewestPage(id) {
  const summary = state.conversations.get(id);
  const last = summary?.last_seq ?? 0;
  const from = Math.max(0, last - PAGE);
  const page = await api(
    "GET",
    `/api/v1/conversations/${encodeURIComponent(id)}/messages?cursor_seq=${from}&limit=${PAGE}`,
  );
  for (const message of page.messages) received(message, false);
  state.oldestLoaded.set(id, from + 1);
  if (page.has_more && state.connected) await pullNewer(id);
}

/** Scrolling to the top loads the page before the oldest message shown. */
async function loadOlder(id) {
  const oldest = state.oldestLoaded.get(id) ?? 1;
  if (oldest <= 1 || state.loadingOlder) return;
  state.loadingOlder = true;
  try {
    const from = Math.max(0, oldest - 1 - PAGE);
    const page = await api(
      "GET",
      `/api/v1/conversations/${encodeURIComponent(id)}/messages?cursor_seq=${from}&limit=${oldest - 1 - from}`,
    );
    const list = $("messages");
    const before = list.scrollHeight;
    for (const message of page.messages) received(message, false);
    state.oldestLoaded.set(id, from + 1);
    list.scrollTop += list.scrollHeight - before;
  } finally {
    state.loadingOlder = false;
  }
}

$("messages").addEventListener("scroll", () => {
  if ($("messages").scrollTop < 40 && state.open) loadOlder(state.open).catch(() => {});
});

$("back").addEventListener("click", () => {
  state.open = null;
  location.hash = "";
  $("chat").classList.remove("open");
  $("conversation").hidden = true;
  $("nothing-open").hidden = false;
  renderConversations();
});

$("new-direct").addEventListener("submit", (event) => {
  event.preventDefault();
  const other = $("direct-user").value.trim().toLowerCase();
  if (!other) return;
  $("direct-user").value = "";
  $("sidebar-error").textContent = "";
  openConversation(directWith(other)).catch(showSidebarError);
});

$("new-group").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("sidebar-error").textContent = "";
  const members = $("group-members")
    .value.split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name);
  try {
    const group = await api("POST", "/api/v1/groups", { name: $("group-name").value.trim(), members });
    const id = "grp:" + group.group_id;
    state.conversations.set(id, {
      conversation_id: id,
      type: "group",
      name: group.name,
      last_seq: 0,
      last_ack_seq: 0,
      unread: 0,
    });
    $("group-name").value = "";
    $("group-members").value = "";
    await openConversation(id);
  } catch (error) {
    showSidebarError(error);
  }
});

function showSidebarError(error) {
  $("sidebar-error").textContent = error.message;
}

$("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  const content = $("text").value;
  if (!content.trim() || !state.open) return;
  $("text").value = "";
  sendMessage(state.open, content);
});

$("text").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("composer").requestSubmit();
  }
});

// ---- rendering -----------------------------------------------------------------------------

function renderConversations() {
  const list = $("conversations");
  const lines = [...state.conversations.values()]
    .filter((summary) => summary.last_message || summary.type === "group" || summary.conversation_id === state.open)
    .sort(
      (a, b) =>
        (b.last_message?.send_time ?? 0) - (a.last_message?.send_time ?? 0) ||
        a.conversation_id.localeCompare(b.conversation_id),
    );
  list.replaceChildren(
    ...lines.map((summary) => {
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.conversation = summary.conversation_id;
      if (summary.conversation_id === state.open) button.setAttribute("aria-current", "true");
      const unread = summary.conversation_id === state.open ? 0 : summary.unread ?? 0;
      const name = span("name", titleOf(summary.conversation_id));
      const time = span("time", timeOf(summary.last_message?.send_time));
      const last = span(
        "last",
        summary.last_message ? `${summary.last_message.sender_id}: ${summary.last_message.content}` : "",
      );
      button.append(name, time, last);
      if (unread > 0) {
        const badge = span("badge", String(unread));
        badge.setAttribute("aria-label", `${unread} unread`);
        button.append(badge);
      }
      button.addEventListener("click", () => openConversation(summary.conversation_id).catch(showSidebarError));
      item.append(button);
      return item;
    }),
  );
}

function span(className, text) {
  const element = document.createElement("span");
  element.className = className;
  element.textContent = text;
  return element;
}

function renderMessages(scrollToEnd = false) {
  const list = $("messages");
  const atEnd = list.scrollHeight - list.scrollTop - list.clientHeight < 60;
  const messages = [...(state.messages.get(state.open)?.values() ?? [])].sort(
    (a, b) => (a.seq ?? Infinity) - (b.seq ?? Infinity),
  );
  list.replaceChildren(
    ...messages.map((message) => {
      const item = document.createElement("li");
      item.dataset.msgId = message.msg_id;
      if (message.seq !== undefined) item.dataset.seq = String(message.seq);
      if (message.sender_id === state.me) item.classList.add("mine");
      if (message.pending) item.classList.add("pending");
      if (message.failed) item.classList.add("failed");
      item.append(span("text", message.content));
      const meta = span(
        "meta",
        message.failed
          ? "not sent"
          : `${message.sender_id === state.me ? "you" : message.sender_id}${message.send_time ? " · " + timeOf(message.send_time) : ""}`,
      );
      item.append(meta);
      if (message.failed) {
        const again = document.createElement("button");
        again.type = "button";
        again.textContent = "Retry";
        again.addEventListener("click", () => retry(message.msg_id));
        item.append(again);
      }
      return item;
    }),
  );
  if (scrollToEnd || atEnd) list.scrollTop = list.scrollHeight;
}

// ---- start ---------------------------------------------------------------------------------

const notice = sessionStorage.getItem("lynx.notice");
if (notice) {
  $("auth-error").textContent = notice;
  sessionStorage.removeItem("lynx.notice");
}
const savedToken = localStorage.getItem("lynx.token");
const savedMe = localStorage.getItem("lynx.me");
if (savedToken && savedMe) {
  start(savedToken, savedMe);
  if (location.hash.length > 1) {
    const id = decodeURIComponent(location.hash.slice(1));
    loadConversations().then(() => openConversation(id)).catch(() => {});
  }
}
