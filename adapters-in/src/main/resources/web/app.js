// Lynx IM web client: plain JavaScript over PROTOCOL.md 1.2 (REST for accounts, lists, groups,
// files and settings; one WebSocket per tab for sends, pushes, pulls, acks, the one-cursor sync,
// typing, receipts, presence, streams and call signalling). This module is the chat itself; the
// others add friends (social.js), groups (groups.js), favorites (favorites.js) and calls (calls.js).

import {
  $, state, api, request, settle, failAllWaiting, on, emit, el, button, toast, confirmed, newId,
  nameOf, timeOf, peerOf, directWith, upload, presenceDot,
} from "./core.js";
import { bodyOf, previewOf, systemText, fieldsOf, TEXT, IMAGE, FILE, VOICE, VIDEO, SYSTEM, CALL_LOG } from "./content.js";
import { loadGroup, myMember, canRecallOf, openMembers } from "./groups.js";
import { presenceText } from "./social.js";
import { star } from "./favorites.js";
import { startCall } from "./calls.js";

const HEARTBEAT_MS = 30_000;
const PAGE = 50;
const SYNC_PAGE = 500;
const LIST_PAGE = 1000;
const BACKOFF_FIRST_MS = 500;
const BACKOFF_MAX_MS = 30_000;
const TYPING_REPEAT_MS = 3_000;
const TYPING_SHOWN_MS = 6_000;
const DRAFT_SAVE_MS = 800;
/** A draft from another tab does not replace text typed here this recently. */
const TYPED_RECENTLY_MS = 3_000;
/** Past any inbox's head: a sync from it answers reset with the head (PROTOCOL.md, Sync). */
const BEYOND_ANY_HEAD = Number.MAX_SAFE_INTEGER;

const local = {
  reconnectAttempt: 0,
  reconnectTimer: null,
  heartbeatTimer: null,
  oldestLoaded: new Map(), // conversation_id -> lowest seq shown
  pending: new Map(), // msg_id -> {conversation_id, payload, state: "pending" | "failed"}
  inboxCursor: null,
  catchingUp: false,
  loadingOlder: false,
  typingSentAt: 0,
  typing: new Map(), // conversation_id -> Map(user_id -> timer)
  draftTimer: null,
  typedAt: 0,
  naming: null, // the GET /groups in flight, if any
  composing: null, // {mode: "reply" | "edit", seq}
};

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
on("unauthorized", () => logout("Your session ended; please log in again."));

function logout(reason) {
  localStorage.removeItem("lynx.token");
  localStorage.removeItem("lynx.me");
  sessionStorage.removeItem("lynx.cursor");
  state.token = null;
  clearTimeout(local.reconnectTimer);
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
  local.inboxCursor = cursor === null ? null : Number(cursor);
  $("auth").hidden = true;
  $("chat").hidden = false;
  $("me").hidden = false;
  $("me").textContent = "Signed in as " + me;
  $("tools").hidden = false;
  api("GET", "/api/v1/config").then((config) => (state.config = config)).catch(() => {});
  loadConversations().catch(showSidebarError);
  connect();
}

// ---- the WebSocket -------------------------------------------------------------------------

function connect() {
  clearTimeout(local.reconnectTimer);
  if (!navigator.onLine) {
    showConnection("Offline: waiting for the network…");
    return;
  }
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const url = `${scheme}//${location.host}/ws?token=${encodeURIComponent(state.token)}&device_id=${state.device}`;
  const socket = new WebSocket(url);
  state.socket = socket;
  showConnection(local.reconnectAttempt === 0 ? "Connecting…" : "Reconnecting…");
  socket.onopen = () => {
    state.connected = true;
    local.reconnectAttempt = 0;
    showConnection(null);
    local.heartbeatTimer = setInterval(() => request({ cmd: 0 }).catch(() => {}), HEARTBEAT_MS);
    emit("connected");
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
  clearInterval(local.heartbeatTimer);
  failAllWaiting();
  emit("disconnected");
  for (const [msgId, pending] of local.pending) {
    if (pending.state === "pending") markFailed(msgId);
  }
  if (code === 4001) {
    // Another tab took this tab's device id (a duplicated tab copies it): become a new device.
    state.device = "web-" + newId().slice(0, 12);
    sessionStorage.setItem("lynx.device", state.device);
    local.reconnectAttempt = 0;
    connect();
    return;
  }
  if (code === 4004) {
    logout("Your session expired; please log in again.");
    return;
  }
  if (code === 4005) {
    // Reconnecting would close another device's connection in turn.
    showConnection("Signed out here: too many devices are connected. Reload to connect this tab again.");
    return;
  }
  scheduleReconnect();
}

/** Exponential backoff with full jitter, so that many clients do not come back at once. */
function scheduleReconnect() {
  if (!state.token) return;
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** local.reconnectAttempt);
  const delay = Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
  local.reconnectAttempt++;
  showConnection(`Disconnected: reconnecting in ${Math.ceil(delay / 1000)} s…`);
  local.reconnectTimer = setTimeout(connect, delay);
}

window.addEventListener("offline", () => {
  if (state.socket) {
    const socket = state.socket;
    state.socket = null;
    socket.onclose = null;
    socket.close();
    disconnected(1006);
  }
  clearTimeout(local.reconnectTimer);
  showConnection("Offline: waiting for the network…");
});

window.addEventListener("online", () => {
  if (state.token && !state.socket) {
    local.reconnectAttempt = 0;
    connect();
  }
});

function showConnection(text) {
  const banner = $("connection");
  banner.hidden = text === null;
  banner.textContent = text ?? "";
  document.body.dataset.connected = String(text === null);
}

function onFrame(frame) {
  if (settle(frame)) return;
  switch (frame.cmd) {
    case 5:
      received(frame.payload, true);
      break;
    case 6:
      ackSynced(frame.conversation_id, frame.last_ack_seq);
      break;
    case 7:
      emit("notice:" + frame.type, frame);
      break;
    case 8:
      newMessagesNotified(frame.conversation_id, frame.last_seq);
      break;
    case 21:
      typingSignal(frame);
      break;
    case 22:
      readReceipt(frame);
      break;
    case 23:
      emit("presence", frame);
      break;
    case 24:
      streamChunk(frame);
      break;
    case 25:
      emit("call", frame);
      break;
    default:
      break;
  }
}

// ---- catching up ---------------------------------------------------------------------------

/**
 * After (re)connecting: everything new in the small conversations through the one-cursor sync,
 * then the conversation list (large groups, unread counts), then the open conversation pulled
 * from its last seq. Messages are keyed by seq, so nothing shows twice.
 */
async function catchUp() {
  local.catchingUp = true;
  try {
    if (local.inboxCursor === null) {
      // First connection of this tab: start from the inbox's head; the list and pulls show the past.
      const head = await request({ cmd: 10, cursor: BEYOND_ANY_HEAD, limit: 1 });
      saveCursor(head.next_cursor);
    } else {
      let more = true;
      while (more) {
        const page = await request({ cmd: 10, cursor: local.inboxCursor, limit: SYNC_PAGE });
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
    local.catchingUp = false;
    renderConversations();
  }
}

function saveCursor(cursor) {
  if (local.inboxCursor === null || cursor > local.inboxCursor) {
    local.inboxCursor = cursor;
    sessionStorage.setItem("lynx.cursor", String(cursor));
  }
}

/** The whole conversation list, page by page; the server's order puts pinned ones first. */
async function loadConversations() {
  const lines = [];
  let cursor = null;
  do {
    const query = `?limit=${LIST_PAGE}` + (cursor ? "&cursor=" + encodeURIComponent(cursor) : "");
    const page = await api("GET", "/api/v1/conversations" + query);
    lines.push(...page.conversations);
    cursor = page.next_cursor;
  } while (cursor);
  const listed = new Set();
  lines.forEach((line, index) => {
    listed.add(line.conversation_id);
    // The list is a snapshot: pushes and ack syncs that came in meanwhile may be newer.
    const known = state.conversations.get(line.conversation_id) ?? {};
    const merged = { ...known, ...line, pin_rank: index, hidden: false };
    if ((known.last_seq ?? 0) > line.last_seq) {
      merged.last_seq = known.last_seq;
      merged.last_message = known.last_message;
      merged.unread = known.unread;
    }
    merged.last_ack_seq = Math.max(known.last_ack_seq ?? 0, line.last_ack_seq);
    if (merged.last_ack_seq >= merged.last_seq) merged.unread = 0;
    if (known.peer_last_ack_seq > (line.peer_last_ack_seq ?? 0)) merged.peer_last_ack_seq = known.peer_last_ack_seq;
    state.conversations.set(line.conversation_id, merged);
  });
  for (const [id, summary] of state.conversations) {
    if (!listed.has(id) && summary.last_message && id !== state.open) summary.hidden = true;
  }
  renderConversations();
  await nameGroups();
}

/** Groups are listed by id; their names come from the caller's groups, one call at a time. */
function nameGroups() {
  local.naming ??= nameUnnamedGroups().finally(() => (local.naming = null));
  return local.naming;
}

async function nameUnnamedGroups() {
  const unnamed = [...state.conversations.values()].some((summary) => summary.type === "group" && !summary.name);
  if (!unnamed) return;
  const { groups } = await api("GET", "/api/v1/groups");
  for (const group of groups) {
    const summary = state.conversations.get(group.conversation_id);
    if (summary) {
      summary.name = group.name;
      summary.dissolved = group.dissolved;
    }
  }
  renderConversations();
  if (state.open) renderHead();
}

on("group-loaded", (id, group) => {
  const summary = state.conversations.get(id);
  if (summary) {
    summary.name = group.name ?? summary.name;
    summary.dissolved = group.dissolved;
  }
  renderConversations();
  if (id === state.open) {
    renderHead();
    renderComposerState();
  }
});

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

/** Reads one message again: after an edit, a recall or the end of a stream. */
async function refreshMessage(id, seq) {
  const page = state.connected
    ? (await request({ cmd: 3, conversation_id: id, cursor_seq: seq - 1, limit: 1 })).payload
    : (await api("GET", `/api/v1/conversations/${encodeURIComponent(id)}/messages?cursor_seq=${seq - 1}&limit=1`)).messages;
  for (const message of page) received(message, false);
}

// ---- messages ------------------------------------------------------------------------------

function summaryOf(id) {
  let summary = state.conversations.get(id);
  if (!summary) {
    summary = {
      conversation_id: id,
      type: id.startsWith("dm:") ? "direct" : "group",
      diffusion: "inbox",
      last_seq: 0,
      last_ack_seq: 0,
      unread: 0,
      pinned: false,
      muted: false,
      draft: null,
    };
    state.conversations.set(id, summary);
  }
  return summary;
}

/** A message from a push, a sync, a pull or a send's answer. */
function received(message, live) {
  if (message.inbox_seq !== undefined && live) {
    // A push continues the inbox right after the cursor only if nothing was missed in between.
    if (local.inboxCursor !== null && message.inbox_seq === local.inboxCursor + 1) {
      saveCursor(message.inbox_seq);
    }
  }
  const id = message.conversation_id;
  const messages = state.messages.get(id) ?? new Map();
  state.messages.set(id, messages);
  const isNew = !messages.has(message.seq);
  const shown = messages.get(message.seq);
  if (shown?.streaming && message.streaming && (shown.content ?? "").length > (message.content ?? "").length) {
    // Chunks already shown are newer than a pull's content so far (at most 1 s behind).
    message = { ...message, content: shown.content, chunk_index: shown.chunk_index };
  }
  messages.delete("pending:" + message.msg_id);
  if (message.sender_id === state.me) local.pending.delete(message.msg_id);
  messages.set(message.seq, message);

  const summary = summaryOf(id);
  summary.hidden = false;
  if (message.seq >= (summary.last_seq ?? 0)) {
    summary.last_seq = message.seq;
    summary.last_message = message;
  }
  const mine = message.sender_id === state.me;
  if (isNew && !mine && message.msg_type !== SYSTEM && message.seq > (summary.last_ack_seq ?? 0)) {
    summary.unread = (summary.unread ?? 0) + 1;
  }
  if (mine && message.seq > (summary.last_ack_seq ?? 0)) {
    summary.last_ack_seq = message.seq; // one's own messages are read
    summary.unread = 0;
  }
  if (isNew && live) stopTyping(id, message.sender_id);
  if (isNew && message.msg_type === SYSTEM) systemMessageArrived(message);
  if (id === state.open) {
    renderMessages();
    ackIfRead(id);
  }
  if (!local.catchingUp) renderConversations();
  if (summary.type === "group" && !summary.name) nameGroups().catch(() => {});
}

/** A system message changes what other parts show: the target message, or the group. */
function systemMessageArrived(message) {
  const fields = fieldsOf(message);
  const id = message.conversation_id;
  if (fields.event === "message_recalled" || fields.event === "message_updated") {
    if (state.messages.get(id)?.has(fields.target_seq)) refreshMessage(id, fields.target_seq).catch(() => {});
  } else if ((fields.event === "member_left" || fields.event === "member_removed") && fields.user_id === state.me) {
    // This user is no longer in the group: it leaves the list, as it does on the server's.
    if (fields.event === "member_removed") toast(`${nameOf(message.sender_id)} removed you from ${titleOf(id)}`);
    emit("group-left", id);
  } else if (id.startsWith("grp:")) {
    if (state.groups.has(id) || id === state.open) loadGroup(id).catch(() => {});
  }
}

function ackSynced(id, lastAckSeq) {
  const summary = state.conversations.get(id);
  if (!summary) return;
  summary.last_ack_seq = Math.max(summary.last_ack_seq ?? 0, lastAckSeq);
  if (summary.last_ack_seq >= summary.last_seq) summary.unread = 0;
  else summary.unread = countUnread(id, summary);
  renderConversations();
}

/** Unread messages above the read position that this tab holds; the list's count otherwise. */
function countUnread(id, summary) {
  const messages = [...(state.messages.get(id)?.values() ?? [])].filter((m) => m.seq > summary.last_ack_seq);
  const loaded = messages.filter((m) => m.msg_type !== SYSTEM && m.sender_id !== state.me).length;
  return messages.length === summary.last_seq - summary.last_ack_seq ? loaded : Math.min(summary.unread ?? 0, summary.last_seq - summary.last_ack_seq);
}

/** Storm control: a large group says only that it has new messages. */
function newMessagesNotified(id, lastSeq) {
  const summary = summaryOf(id);
  if (id === state.open) {
    pullNewer(id).catch(() => {});
  } else if (lastSeq > summary.last_seq) {
    summary.unread = (summary.unread ?? 0) + (lastSeq - summary.last_seq);
    summary.last_seq = lastSeq;
    loadConversations().catch(() => {});
  }
}

/** Acknowledges the open conversation up to its newest message while the tab is visible. */
function ackIfRead(id) {
  if (id !== state.open || document.visibilityState !== "visible" || !state.connected) return;
  const summary = state.conversations.get(id);
  const last = lastSeqShown(id);
  if (!summary || last <= (summary.acking ?? summary.last_ack_seq ?? 0)) return;
  summary.acking = last;
  request({ cmd: 4, conversation_id: id, seq: last })
    .then((answer) => ackSynced(id, answer.last_ack_seq))
    .catch(() => {})
    .finally(() => {
      summary.acking = undefined;
    });
}

document.addEventListener("visibilitychange", () => {
  if (state.open) ackIfRead(state.open);
});

/** Sends a message; it shows at once as pending and takes its seq from the answer. */
function sendMessage(id, payload, msgId = newId()) {
  const messages = state.messages.get(id) ?? new Map();
  state.messages.set(id, messages);
  local.pending.set(msgId, { conversation_id: id, payload, state: "pending" });
  messages.set("pending:" + msgId, {
    conversation_id: id,
    msg_id: msgId,
    sender_id: state.me,
    ...payload,
    pending: true,
  });
  if (id === state.open) renderMessages(true);
  request({ cmd: 2, msg_id: msgId, conversation_id: id, payload })
    .then((answer) => {
      received(
        {
          conversation_id: answer.conversation_id,
          seq: answer.seq,
          msg_id: answer.msg_id,
          sender_id: state.me,
          ...payload,
          send_time: answer.send_time,
        },
        false,
      );
    })
    .catch((error) => markFailed(msgId, error));
}

function markFailed(msgId, error) {
  const pending = local.pending.get(msgId);
  if (!pending) return;
  pending.state = "failed";
  const shown = state.messages.get(pending.conversation_id)?.get("pending:" + msgId);
  if (shown) {
    shown.pending = false;
    shown.failed = true;
    shown.error = error?.code ? error.message : null;
  }
  if (error?.code === 403 || error?.code === 410) {
    toast(error.message);
    if (pending.conversation_id.startsWith("grp:")) loadGroup(pending.conversation_id).catch(() => {});
  }
  if (pending.conversation_id === state.open) renderMessages();
}

/** Sends again, with the same msg_id, what was not acknowledged: the server stores it once. */
function resendPending() {
  for (const [msgId, pending] of local.pending) {
    if (pending.state === "failed") retry(msgId);
  }
}

function retry(msgId) {
  const pending = local.pending.get(msgId);
  if (pending) sendMessage(pending.conversation_id, pending.payload, msgId);
}

// ---- streams: text that grows while it is written ------------------------------------------

function streamChunk(frame) {
  const message = state.messages.get(frame.conversation_id)?.get(frame.seq);
  if (!message) {
    if (frame.conversation_id === state.open) pullNewer(frame.conversation_id).catch(() => {});
    return;
  }
  const expected = (message.chunk_index ?? 0) + 1;
  if (frame.index === expected) {
    message.content = (message.content ?? "") + frame.delta;
    message.chunk_index = frame.index;
  } else if (frame.index > expected) {
    // A chunk was missed (the stream began before this tab saw it): read the content so far.
    refreshMessage(frame.conversation_id, frame.seq).catch(() => {});
    return;
  }
  if (frame.conversation_id === state.open) renderMessages();
}

// ---- typing and read receipts ---------------------------------------------------------------

function typingSignal(frame) {
  const id = frame.conversation_id;
  if (!frame.typing) {
    stopTyping(id, frame.user_id);
    return;
  }
  const typists = local.typing.get(id) ?? new Map();
  local.typing.set(id, typists);
  clearTimeout(typists.get(frame.user_id));
  typists.set(frame.user_id, setTimeout(() => stopTyping(id, frame.user_id), TYPING_SHOWN_MS));
  renderTyping();
}

function stopTyping(id, userId) {
  const typists = local.typing.get(id);
  if (!typists?.has(userId)) return;
  clearTimeout(typists.get(userId));
  typists.delete(userId);
  renderTyping();
}

function renderTyping() {
  const typists = [...(local.typing.get(state.open)?.keys() ?? [])];
  $("typing").textContent =
    typists.length === 0 ? "" : `${typists.map(nameOf).join(", ")} ${typists.length === 1 ? "is" : "are"} typing…`;
}

/** Tells the others this user is typing, at most every 3 s, and when the text is gone. */
function sendTyping(typing) {
  const summary = state.conversations.get(state.open);
  if (!state.connected || !summary || summary.diffusion === "timeline") return;
  const now = Date.now();
  if (typing && now - local.typingSentAt < TYPING_REPEAT_MS) return;
  if (!typing && local.typingSentAt === 0) return;
  local.typingSentAt = typing ? now : 0;
  request({ cmd: 11, conversation_id: state.open, typing }).catch(() => {});
}

function readReceipt(frame) {
  const summary = state.conversations.get(frame.conversation_id);
  if (!summary || frame.user_id === state.me) return;
  summary.peer_last_ack_seq = Math.max(summary.peer_last_ack_seq ?? 0, frame.last_ack_seq);
  if (frame.conversation_id === state.open) renderMessages();
}

// ---- opening conversations -----------------------------------------------------------------

async function openConversation(id) {
  saveDraftNow();
  sendTyping(false);
  cancelComposing();
  state.open = id;
  location.hash = id;
  const summary = summaryOf(id);
  summary.hidden = false;
  $("chat").classList.add("open");
  $("conversation").hidden = false;
  $("nothing-open").hidden = true;
  $("text").value = summary.draft ?? "";
  renderHead();
  renderConversations();
  renderMessages();
  renderTyping();
  renderComposerState();
  focusRequest(id);
  $("text").focus();
  if (id.startsWith("grp:")) loadGroup(id).catch(() => {});
  if (!state.messages.has(id) || state.messages.get(id).size === 0) {
    await loadNewestPage(id);
  } else if (state.connected) {
    await pullNewer(id);
  }
  renderMessages(true);
  ackIfRead(id);
}

/** Tells the server which conversation this device looks at (storm control in large groups). */
function focusRequest(id) {
  if (state.connected) request({ cmd: 19, conversation_id: id }).catch(() => {});
}

on("connected", () => {
  if (state.open) focusRequest(state.open);
});

async function loadNewestPage(id) {
  const summary = state.conversations.get(id);
  const last = summary?.last_seq ?? 0;
  const from = Math.max(0, last - PAGE);
  const page = await api(
    "GET",
    `/api/v1/conversations/${encodeURIComponent(id)}/messages?cursor_seq=${from}&limit=${PAGE}`,
  );
  for (const message of page.messages) received(message, false);
  local.oldestLoaded.set(id, from + 1);
  if (page.has_more && state.connected) await pullNewer(id);
}

/** Scrolling to the top loads the page before the oldest message shown. */
async function loadOlder(id) {
  const oldest = local.oldestLoaded.get(id) ?? 1;
  if (oldest <= 1 || local.loadingOlder) return;
  local.loadingOlder = true;
  try {
    const from = Math.max(0, oldest - 1 - PAGE);
    const page = await api(
      "GET",
      `/api/v1/conversations/${encodeURIComponent(id)}/messages?cursor_seq=${from}&limit=${oldest - 1 - from}`,
    );
    const list = $("messages");
    const before = list.scrollHeight;
    for (const message of page.messages) received(message, false);
    local.oldestLoaded.set(id, from + 1);
    list.scrollTop += list.scrollHeight - before;
  } finally {
    local.loadingOlder = false;
  }
}

$("messages").addEventListener("scroll", () => {
  if ($("messages").scrollTop < 40 && state.open) loadOlder(state.open).catch(() => {});
});

function closeConversation() {
  saveDraftNow();
  sendTyping(false);
  state.open = null;
  location.hash = "";
  $("chat").classList.remove("open");
  $("conversation").hidden = true;
  $("nothing-open").hidden = false;
  if (state.connected) request({ cmd: 19, conversation_id: null }).catch(() => {});
  renderConversations();
}

$("back").addEventListener("click", closeConversation);

on("group-left", (id) => {
  summaryOf(id).hidden = true;
  if (state.open === id) closeConversation();
  renderConversations();
});

on("open-direct", (userId) => {
  openConversation(directWith(userId)).catch(showSidebarError);
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
    const summary = summaryOf(group.conversation_id);
    summary.name = group.name;
    $("group-name").value = "";
    $("group-members").value = "";
    await openConversation(group.conversation_id);
  } catch (error) {
    showSidebarError(error);
  }
});

function showSidebarError(error) {
  $("sidebar-error").textContent = error.message;
}

// ---- conversation settings: pin, mute, draft, delete for me, read all -----------------------

async function changeSettings(id, change) {
  const settings = await api("PATCH", `/api/v1/conversations/${encodeURIComponent(id)}/settings`, change);
  settingsChanged(settings);
  return settings;
}

function settingsChanged(settings) {
  const summary = summaryOf(settings.conversation_id);
  if (settings.pinned && !summary.pinned) summary.pin_rank = -Date.now(); // the newest pin first
  Object.assign(summary, { pinned: settings.pinned, muted: settings.muted, draft: settings.draft });
  summary.hidden = false;
  if (settings.conversation_id === state.open) {
    renderHead();
    // Another tab's draft: taken over unless this tab is writing here itself.
    if (Date.now() - local.typedAt > TYPED_RECENTLY_MS && $("text").value !== (settings.draft ?? "")) {
      $("text").value = settings.draft ?? "";
    }
  }
  renderConversations();
}

on("notice:conversation_settings", settingsChanged);

$("toggle-pin").addEventListener("click", () => {
  const summary = summaryOf(state.open);
  changeSettings(state.open, { pinned: !summary.pinned }).catch((error) => toast(error.message));
});

$("toggle-mute").addEventListener("click", () => {
  const summary = summaryOf(state.open);
  changeSettings(state.open, { muted: !summary.muted }).catch((error) => toast(error.message));
});

function scheduleDraftSave() {
  clearTimeout(local.draftTimer);
  const id = state.open;
  local.draftTimer = setTimeout(() => saveDraft(id), DRAFT_SAVE_MS);
}

function saveDraftNow() {
  if (local.draftTimer === null || !state.open) return;
  clearTimeout(local.draftTimer);
  saveDraft(state.open);
}

function saveDraft(id) {
  local.draftTimer = null;
  if (!id) return;
  const text = id === state.open ? $("text").value : null;
  const draft = local.composing?.mode === "edit" || !text ? null : text;
  const summary = summaryOf(id);
  if ((summary.draft ?? null) === draft) return;
  summary.draft = draft;
  changeSettings(id, { draft }).catch(() => {});
}

$("clear-conversation").addEventListener("click", async () => {
  const id = state.open;
  if (!(await confirmed(`Delete the chat with ${titleOf(id)} for you? Others keep it.`))) return;
  try {
    const cleared = await api("DELETE", "/api/v1/conversations/" + encodeURIComponent(id));
    conversationCleared(cleared);
  } catch (error) {
    toast(error.message);
  }
});

function conversationCleared({ conversation_id: id, cleared_seq: clearedSeq }) {
  const messages = state.messages.get(id);
  for (const key of [...(messages?.keys() ?? [])]) {
    if (typeof key === "number" && key <= clearedSeq) messages.delete(key);
  }
  local.oldestLoaded.set(id, clearedSeq + 1);
  const summary = summaryOf(id);
  summary.last_ack_seq = Math.max(summary.last_ack_seq, clearedSeq);
  summary.unread = 0;
  summary.hidden = true;
  summary.last_message = null;
  if (id === state.open) closeConversation();
  renderConversations();
}

on("notice:conversation_cleared", conversationCleared);

$("read-all").addEventListener("click", async () => {
  try {
    const answer = await api("POST", "/api/v1/conversations/read-all");
    for (const moved of answer.conversations) ackSynced(moved.conversation_id, moved.last_ack_seq);
  } catch (error) {
    showSidebarError(error);
  }
});

// ---- the composer: text, replies, edits, files ----------------------------------------------

$("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  const content = $("text").value;
  if (!content.trim() || !state.open) return;
  const id = state.open;
  $("text").value = "";
  sendTyping(false);
  if (local.composing?.mode === "edit") {
    editMessage(id, local.composing.seq, content);
  } else {
    const payload = { msg_type: TEXT, content };
    if (local.composing?.mode === "reply") payload.reply_to = local.composing.seq;
    sendMessage(id, payload);
  }
  cancelComposing();
  clearTimeout(local.draftTimer);
  local.draftTimer = null;
  if (summaryOf(id).draft !== null && summaryOf(id).draft !== undefined) saveDraft(id);
});

$("text").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("composer").requestSubmit();
  } else if (event.key === "Escape" && local.composing) {
    cancelComposing();
  }
});

$("text").addEventListener("input", () => {
  local.typedAt = Date.now();
  sendTyping($("text").value.length > 0);
  scheduleDraftSave();
});

function startComposing(mode, message) {
  local.composing = { mode, seq: message.seq };
  $("composer-context").hidden = false;
  $("composer-context-text").textContent =
    mode === "edit" ? "Editing your message" : `Replying to ${nameOf(message.sender_id)}: ${previewOf(message)}`;
  if (mode === "edit") $("text").value = message.content;
  $("text").focus();
}

function cancelComposing() {
  if (local.composing?.mode === "edit") $("text").value = summaryOf(state.open ?? "").draft ?? "";
  local.composing = null;
  $("composer-context").hidden = true;
}

$("composer-context-cancel").addEventListener("click", cancelComposing);

async function editMessage(id, seq, content) {
  try {
    const answer = await request({ cmd: 16, conversation_id: id, seq, content });
    received(answer.payload, false);
  } catch (error) {
    toast("Not edited: " + error.message);
  }
}

async function recallMessage(id, seq) {
  try {
    await request({ cmd: 12, conversation_id: id, seq });
    const message = state.messages.get(id)?.get(seq);
    if (message) received({ ...message, content: "", recalled: true }, false);
  } catch (error) {
    toast("Not recalled: " + error.message);
  }
}

$("attach").addEventListener("change", () => {
  sendFiles([...$("attach").files]);
  $("attach").value = "";
});

const pane = $("conversation");
pane.addEventListener("dragover", (event) => {
  if (![...event.dataTransfer.types].includes("Files")) return;
  event.preventDefault();
  $("drop-hint").hidden = false;
});
pane.addEventListener("dragleave", (event) => {
  if (!pane.contains(event.relatedTarget)) $("drop-hint").hidden = true;
});
pane.addEventListener("drop", (event) => {
  event.preventDefault();
  $("drop-hint").hidden = true;
  sendFiles([...event.dataTransfer.files]);
});

/** Uploads each file with a progress bar, then sends it as an image, voice, video or file. */
function sendFiles(files) {
  const id = state.open;
  if ($("attach").disabled) {
    toast($("composer-blocked").textContent);
    return;
  }
  for (const file of files) {
    const bar = el("progress", { max: 1, value: 0, "aria-label": "Uploading " + file.name });
    const row = el("div", { class: "upload" }, el("span", {}, file.name), bar);
    $("uploads").append(row);
    Promise.all([upload(file, (done) => (bar.value = done)), sizeOfImage(file)])
      .then(([stored, size]) => sendMessage(id, fileMessage(stored, file, size)))
      .catch((error) => toast(`${file.name}: ${error.message}`))
      .finally(() => row.remove());
  }
}

async function sizeOfImage(file) {
  if (!file.type.startsWith("image/")) return null;
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return null;
  }
}

function fileMessage(stored, file, size) {
  if (size) {
    return { msg_type: IMAGE, content: JSON.stringify({ file_id: stored.file_id, name: stored.name, ...size }) };
  }
  if (file.type.startsWith("audio/")) {
    return { msg_type: VOICE, content: JSON.stringify({ file_id: stored.file_id, name: stored.name }) };
  }
  if (file.type.startsWith("video/")) {
    return { msg_type: VIDEO, content: JSON.stringify({ file_id: stored.file_id, name: stored.name }) };
  }
  return { msg_type: FILE, content: JSON.stringify({ file_id: stored.file_id, name: stored.name, size: stored.size }) };
}

// ---- the conversation's own buttons --------------------------------------------------------

$("call-audio").addEventListener("click", () => startCall(state.open, "audio"));
$("call-video").addEventListener("click", () => startCall(state.open, "video"));
$("open-members").addEventListener("click", () => openMembers(state.open));

// ---- rendering -----------------------------------------------------------------------------

function titleOf(id) {
  if (id.startsWith("dm:")) return nameOf(peerOf(id));
  return state.conversations.get(id)?.name ?? "Group " + id.slice(4);
}

function renderHead() {
  const id = state.open;
  if (!id) return;
  const summary = summaryOf(id);
  const direct = id.startsWith("dm:");
  $("conversation-title").textContent = titleOf(id);
  $("conversation-status").textContent = direct ? presenceText(peerOf(id)) : summary.dissolved ? "dissolved" : "";
  $("call-audio").hidden = !direct;
  $("call-video").hidden = !direct;
  $("open-members").hidden = direct;
  setPressed($("toggle-pin"), summary.pinned, "Pin", "Unpin");
  setPressed($("toggle-mute"), summary.muted, "Mute", "Unmute");
  const group = state.groups.get(id)?.group;
  $("announcement").hidden = !group?.announcement;
  $("announcement").textContent = group?.announcement ? "Announcement: " + group.announcement : "";
}

function setPressed(control, pressed, off, onText) {
  control.setAttribute("aria-pressed", String(Boolean(pressed)));
  control.textContent = pressed ? onText : off;
}

on("presence", () => {
  renderConversations();
  if (state.open) renderHead();
});
on("friends-changed", () => {
  renderConversations();
  if (state.open) {
    renderHead();
    renderMessages();
  }
});

/** Says why this user cannot send here, if so: a dissolved group, a muted member or group. */
function renderComposerState() {
  const id = state.open;
  let reason = null;
  if (id?.startsWith("grp:")) {
    const info = state.groups.get(id);
    const member = myMember(id);
    if (info?.group.dissolved || summaryOf(id).dissolved) {
      reason = "This group was dissolved.";
    } else if (member?.muted_until && member.muted_until > Date.now()) {
      reason = `You are muted in this group until ${timeOf(member.muted_until)}.`;
    } else if (info?.group.muted_all && member?.role === "member") {
      reason = "Only the owner and admins can send while the group is muted.";
    }
  }
  $("composer-blocked").hidden = reason === null;
  $("composer-blocked").textContent = reason ?? "";
  for (const control of [$("text"), $("send"), $("attach")]) control.disabled = reason !== null;
}

function renderConversations() {
  const list = $("conversations");
  const lines = [...state.conversations.values()]
    .filter(
      (summary) =>
        !summary.hidden &&
        (summary.last_message || summary.type === "group" || summary.pinned || summary.draft ||
          summary.conversation_id === state.open),
    )
    .sort(
      (a, b) =>
        Number(Boolean(b.pinned)) - Number(Boolean(a.pinned)) ||
        (a.pinned ? (a.pin_rank ?? 0) - (b.pin_rank ?? 0) : 0) ||
        (b.last_message?.send_time ?? 0) - (a.last_message?.send_time ?? 0) ||
        a.conversation_id.localeCompare(b.conversation_id),
    );
  list.replaceChildren(...lines.map(conversationLine));
  const total = [...state.conversations.values()]
    .filter((summary) => !summary.muted && !summary.hidden && summary.conversation_id !== state.open)
    .reduce((sum, summary) => sum + (summary.unread ?? 0), 0);
  document.title = total > 0 ? `(${total}) Lynx IM` : "Lynx IM";
}

function conversationLine(summary) {
  const id = summary.conversation_id;
  const unread = id === state.open ? 0 : summary.unread ?? 0;
  const draft = summary.draft && id !== state.open;
  const last = draft ? "Draft: " + summary.draft : lastLine(summary);
  const name = el("span", { class: "name" }, titleOf(id));
  if (id.startsWith("dm:")) {
    const presence = state.presence.get(peerOf(id));
    if (presence) name.prepend(presenceDot(presence.online));
  }
  const flags = [summary.pinned ? "pinned" : null, summary.muted ? "muted" : null].filter(Boolean);
  const item = el(
    "button",
    {
      type: "button",
      dataset: { conversation: id },
      "aria-current": id === state.open ? "true" : null,
      class: summary.pinned ? "pinned" : null,
      onclick: () => openConversation(id).catch(showSidebarError),
    },
    name,
    el("span", { class: "time" }, timeOf(summary.last_message?.send_time)),
    el("span", { class: "last" + (draft ? " draft" : "") }, last),
    el(
      "span",
      { class: "flags" },
      flags.map((flag) => el("span", { class: "flag" }, flag)),
      unread > 0 ? el("span", { class: "badge" + (summary.muted ? " quiet" : ""), "aria-label": `${unread} unread` }, String(unread)) : null,
    ),
  );
  return el("li", {}, item);
}

function lastLine(summary) {
  let message = summary.last_message;
  if (message?.msg_type === SYSTEM && systemText(message) === null) {
    // A recall or an edit says nothing itself: show the newest message that does.
    message = [...(state.messages.get(summary.conversation_id)?.values() ?? [])]
      .filter((m) => m.seq !== undefined && (m.msg_type !== SYSTEM || systemText(m) !== null))
      .reduce((newest, m) => (newest && newest.seq > m.seq ? newest : m), null);
  }
  if (!message) return summary.dissolved ? "dissolved" : "";
  if (message.msg_type === SYSTEM) return previewOf(message);
  return `${nameOf(message.sender_id)}: ${previewOf(message)}`;
}

function renderMessages(scrollToEnd = false) {
  const list = $("messages");
  const atEnd = list.scrollHeight - list.scrollTop - list.clientHeight < 60;
  const id = state.open;
  const all = state.messages.get(id);
  const messages = [...(all?.values() ?? [])]
    .filter((message) => message.msg_type !== SYSTEM || systemText(message) !== null)
    .sort((a, b) => (a.seq ?? Infinity) - (b.seq ?? Infinity));
  const summary = summaryOf(id);
  list.replaceChildren(...messages.map((message) => messageItem(message, all, summary)));
  if (scrollToEnd || atEnd) list.scrollTop = list.scrollHeight;
}

function messageItem(message, all, summary) {
  const mine = message.sender_id === state.me;
  const item = el("li", {
    dataset: { msgId: message.msg_id, ...(message.seq !== undefined ? { seq: String(message.seq) } : {}) },
  });
  if (message.msg_type === SYSTEM) {
    item.className = "system";
    item.append(el("span", { class: "text" }, systemText(message)));
    return item;
  }
  item.classList.toggle("mine", mine);
  item.classList.toggle("pending", Boolean(message.pending));
  item.classList.toggle("failed", Boolean(message.failed));
  item.classList.toggle("streaming", Boolean(message.streaming));
  if (message.reply_to) {
    const quoted = all?.get(message.reply_to);
    item.append(
      el("blockquote", { class: "quote" }, quoted ? `${nameOf(quoted.sender_id)}: ${previewOf(quoted)}` : `Reply to message ${message.reply_to}`),
    );
  }
  item.append(bodyOf(message));
  const status = mine ? ownStatus(message, summary) : null;
  if (status) item.dataset.status = status;
  const parts = [
    message.failed ? "not sent" + (message.error ? ": " + message.error : "") : mine ? "you" : nameOf(message.sender_id),
    message.send_time ? timeOf(message.send_time) : null,
    message.edited_at && !message.recalled ? "edited" : null,
    message.streaming ? "writing…" : null,
  ].filter(Boolean);
  const meta = el("span", { class: "meta" }, parts.join(" · "));
  if (status) {
    meta.append(" ", el("span", { class: "tick " + status, title: status }, { sending: "sending…", sent: "✓ sent", read: "✓✓ read" }[status]));
  }
  item.append(meta);
  if (message.failed) item.append(button("Retry", () => retry(message.msg_id)));
  if (message.seq !== undefined && !message.recalled) item.append(messageActions(message, mine));
  return item;
}

/** Sending, stored (sent) or read by the other side, for one's own messages in direct chats. */
function ownStatus(message, summary) {
  if (message.failed) return null;
  if (message.pending || message.seq === undefined) return "sending";
  if (summary.type !== "direct") return null;
  return message.seq <= (summary.peer_last_ack_seq ?? 0) ? "read" : "sent";
}

function messageActions(message, mine) {
  const id = message.conversation_id;
  const now = Date.now();
  const recallWindow = (state.config.recall_window_s ?? 120) * 1000;
  const editWindow = (state.config.edit_window_s ?? 86_400) * 1000;
  const actions = [
    button("Reply", () => startComposing("reply", message), { "aria-label": "Reply to this message" }),
    button("Save", () => star(message), { "aria-label": "Save to favorites" }),
  ];
  if (mine && message.msg_type === TEXT && !message.streaming && now - message.send_time < editWindow) {
    actions.push(button("Edit", () => startComposing("edit", message), { "aria-label": "Edit this message" }));
  }
  const mayRecall =
    message.msg_type !== CALL_LOG &&
    ((mine && now - message.send_time < recallWindow) || (!mine && id.startsWith("grp:") && canRecallOf(id, message.sender_id)));
  if (mayRecall) {
    actions.push(button("Recall", () => recallMessage(id, message.seq), { "aria-label": "Recall this message", class: "secondary small danger" }));
  }
  return el("span", { class: "message-actions" }, actions);
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
