// Friends, requests, blocks, presence and the account's settings (PROTOCOL.md "Users, profiles
// and settings", "Friends and blocks", "Presence").

import { $, state, api, on, emit, el, button, confirmed, toast, timeOf, presenceDot } from "./core.js";

const PRESENCE_BATCH = 100;

const social = {
  incoming: [],
  outgoing: [],
};

/** Friends, requests and blocks read again: on every (re)connection and when the panel opens. */
function startSocial() {
  refreshFriends().catch(() => {});
  refreshRequests().catch(() => {});
  refreshBlocks().catch(() => {});
}

/** "online", "last seen …", or nothing for someone who is not a friend. */
export function presenceText(userId) {
  const presence = state.presence.get(userId);
  if (!presence) return state.blocked.has(userId) ? "blocked" : "";
  if (presence.online) return "online";
  return presence.last_seen ? "last seen " + timeOf(presence.last_seen) : "offline";
}

async function refreshFriends() {
  const { friends } = await api("GET", "/api/v1/friends");
  state.friends = new Map(friends.map((friend) => [friend.user_id, friend]));
  for (const userId of state.presence.keys()) {
    if (!state.friends.has(userId)) state.presence.delete(userId);
  }
  const ids = [...state.friends.keys()];
  for (let i = 0; i < ids.length; i += PRESENCE_BATCH) {
    const batch = ids.slice(i, i + PRESENCE_BATCH);
    const { presence } = await api("GET", "/api/v1/presence?user_ids=" + batch.map(encodeURIComponent).join(","));
    for (const line of presence) state.presence.set(line.user_id, line);
  }
  renderFriends();
  emit("friends-changed");
}

async function refreshRequests() {
  const [incoming, outgoing] = await Promise.all([
    api("GET", "/api/v1/friends/requests?direction=incoming"),
    api("GET", "/api/v1/friends/requests?direction=outgoing"),
  ]);
  social.incoming = incoming.requests;
  social.outgoing = outgoing.requests;
  renderRequests();
}

async function refreshBlocks() {
  const { blocks } = await api("GET", "/api/v1/blocks");
  state.blocked = new Set(blocks.map((block) => block.user_id));
  renderBlocks();
  emit("friends-changed");
}

on("presence", (frame) => {
  if (state.friends.has(frame.user_id)) {
    state.presence.set(frame.user_id, { user_id: frame.user_id, online: frame.online, last_seen: frame.last_seen });
    renderFriends();
  }
});
on("connected", () => startSocial());
on("notice:friend_request", () => {
  refreshRequests().catch(() => {});
  toast("New friend request");
});
on("notice:friend_request_answered", () => refreshRequests().catch(() => {}));
on("notice:friend_added", () => {
  refreshFriends().catch(() => {});
  refreshRequests().catch(() => {});
});
on("notice:friend_removed", () => refreshFriends().catch(() => {}));
on("notice:block_changed", () => {
  refreshBlocks().catch(() => {});
  refreshFriends().catch(() => {});
  refreshRequests().catch(() => {});
});
on("notice:settings_changed", (settings) => showSettings(settings));

// ---- the friends panel -----------------------------------------------------------------------

$("open-friends").addEventListener("click", () => {
  $("friends-error").textContent = "";
  $("friends").showModal();
  startSocial();
});

function showError(error) {
  $("friends-error").textContent = error.message;
}

/** Runs an action, then reads friends, requests and blocks again. */
async function act(call) {
  $("friends-error").textContent = "";
  try {
    await call();
  } catch (error) {
    showError(error);
  }
  await Promise.all([refreshFriends(), refreshRequests(), refreshBlocks()]).catch(() => {});
}

$("find-user").addEventListener("submit", async (event) => {
  event.preventDefault();
  const username = $("find-username").value.trim().toLowerCase();
  $("friends-error").textContent = "";
  $("found-user").replaceChildren();
  try {
    const user = await api("GET", "/api/v1/users/" + encodeURIComponent(username));
    $("found-user").replaceChildren(foundUser(user));
  } catch (error) {
    showError(error.status === 404 ? new Error(`No user "${username}"`) : error);
  }
});

function foundUser(user) {
  const friend = state.friends.has(user.user_id);
  const note = el("input", { placeholder: "Say hello (optional)", maxlength: 256, "aria-label": "Message with the request" });
  return el(
    "div",
    { class: "found-line" },
    el("strong", {}, user.nickname ? `${user.nickname} (${user.user_id})` : user.user_id),
    friend || user.user_id === state.me ? null : note,
    el(
      "span",
      { class: "person-actions" },
      friend || user.user_id === state.me
        ? null
        : button("Add friend", () =>
            act(async () => {
              const body = { user_id: user.user_id };
              if (note.value.trim()) body.message = note.value.trim();
              const answer = await api("POST", "/api/v1/friends/requests", body);
              toast(answer.status === "accepted" ? `You and ${user.user_id} are friends` : "Request sent");
              $("found-user").replaceChildren();
            }),
          { class: "small" }),
      user.user_id === state.me ? null : button("Message", () => openChat(user.user_id)),
    ),
  );
}

function openChat(userId) {
  $("friends").close();
  emit("open-direct", userId);
}

function renderRequests() {
  $("incoming-requests").replaceChildren(
    ...social.incoming.map((request) =>
      el(
        "li",
        { dataset: { request: request.request_id } },
        el("span", { class: "person" }, request.from),
        request.message ? el("span", { class: "request-message" }, "“" + request.message + "”") : null,
        el(
          "span",
          { class: "person-actions" },
          button("Accept", () => act(() => api("POST", `/api/v1/friends/requests/${request.request_id}/accept`)), {
            class: "small",
            "aria-label": "Accept the request from " + request.from,
          }),
          button("Reject", () => act(() => api("POST", `/api/v1/friends/requests/${request.request_id}/reject`)), {
            "aria-label": "Reject the request from " + request.from,
          }),
        ),
      ),
    ),
  );
  $("outgoing-requests").replaceChildren(
    ...social.outgoing.map((request) =>
      el("li", {}, el("span", { class: "person" }, request.to), el("span", { class: "request-message" }, "request sent")),
    ),
  );
  const count = social.incoming.length;
  const badge = $("requests-badge");
  badge.hidden = count === 0;
  badge.textContent = String(count);
  badge.setAttribute("aria-label", `${count} friend ${count === 1 ? "request" : "requests"}`);
}

function renderFriends() {
  $("friend-list").replaceChildren(...[...state.friends.values()].map(friendLine));
}

function friendLine(friend) {
  const presence = state.presence.get(friend.user_id);
  const remark = el("input", { value: friend.remark ?? "", maxlength: 64, placeholder: "Remark", "aria-label": "Remark for " + friend.user_id });
  return el(
    "li",
    { dataset: { user: friend.user_id } },
    el("span", { class: "person" }, presenceDot(Boolean(presence?.online)), friend.remark ? `${friend.remark} (${friend.user_id})` : friend.user_id),
    el("span", { class: "presence" }, presenceText(friend.user_id)),
    el(
      "form",
      {
        class: "remark",
        onsubmit: (event) => {
          event.preventDefault();
          act(() => api("PATCH", "/api/v1/friends/" + friend.user_id, { remark: remark.value.trim() || null }));
        },
      },
      remark,
      el("button", { type: "submit", class: "secondary small", "aria-label": "Save the remark for " + friend.user_id }, "Save"),
    ),
    el(
      "span",
      { class: "person-actions" },
      button("Message", () => openChat(friend.user_id), { "aria-label": "Message " + friend.user_id }),
      button("Remove", async () => {
        if (await confirmed(`Remove ${friend.user_id} from your friends?`)) act(() => api("DELETE", "/api/v1/friends/" + friend.user_id));
      }, { "aria-label": "Remove friend " + friend.user_id }),
      button("Block", async () => {
        if (await confirmed(`Block ${friend.user_id}? Neither of you can message the other.`)) act(() => api("PUT", "/api/v1/blocks/" + friend.user_id));
      }, { class: "secondary small danger", "aria-label": "Block " + friend.user_id }),
    ),
  );
}

function renderBlocks() {
  $("block-list").replaceChildren(
    ...[...state.blocked].map((userId) =>
      el(
        "li",
        {},
        el("span", { class: "person" }, userId),
        button("Unblock", () => act(() => api("DELETE", "/api/v1/blocks/" + userId)), { "aria-label": "Unblock " + userId }),
      ),
    ),
  );
}

// ---- the account's settings ------------------------------------------------------------------

$("open-settings").addEventListener("click", async () => {
  $("settings-error").textContent = "";
  $("settings").showModal();
  try {
    const [settings, profile] = await Promise.all([
      api("GET", "/api/v1/users/me/settings"),
      api("GET", "/api/v1/users/me"),
    ]);
    showSettings(settings);
    $("nickname").value = profile.nickname ?? "";
  } catch (error) {
    $("settings-error").textContent = error.message;
  }
});

function showSettings(settings) {
  $("direct-messages").value = settings.direct_messages;
  $("read-receipts").checked = settings.read_receipts;
  $("push-preview").checked = settings.push_preview;
}

async function saveSettings(change) {
  $("settings-error").textContent = "";
  try {
    showSettings(await api("PATCH", "/api/v1/users/me/settings", change));
  } catch (error) {
    $("settings-error").textContent = error.message;
  }
}

$("direct-messages").addEventListener("change", () => saveSettings({ direct_messages: $("direct-messages").value }));
$("read-receipts").addEventListener("change", () => saveSettings({ read_receipts: $("read-receipts").checked }));
$("push-preview").addEventListener("change", () => saveSettings({ push_preview: $("push-preview").checked }));

$("profile-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  try {
    await api("PATCH", "/api/v1/users/me", { nickname: $("nickname").value.trim() || null });
    toast("Nickname saved");
  } catch (error) {
    $("settings-error").textContent = error.message;
  }
});
