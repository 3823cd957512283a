// A group's members and settings (PROTOCOL.md "Groups in 1.2"): roles, adding and removing,
// admins, muting a member or the whole group, name and announcement, transfer, leave, dissolve.

import { $, state, api, emit, on, el, button, confirmed, nameOf, timeOf } from "./core.js";

const MUTE_FOR_MS = 60 * 60 * 1000;

function groupPath(id) {
  return "/api/v1/groups/" + encodeURIComponent(id.slice(4));
}

/** Reads a group and its members again; the chat and the panel re-render from them. */
export async function loadGroup(id) {
  try {
    const [group, { members }] = await Promise.all([api("GET", groupPath(id)), api("GET", groupPath(id) + "/members")]);
    state.groups.set(id, { group, members });
  } catch (error) {
    if (error.status !== 410) throw error;
    // Dissolved: only its history is left to read.
    const known = state.groups.get(id) ?? { group: { conversation_id: id, name: state.conversations.get(id)?.name }, members: [] };
    known.group = { ...known.group, dissolved: true };
    state.groups.set(id, known);
  }
  const { group } = state.groups.get(id);
  emit("group-loaded", id, group);
  if ($("members").open && $("members").dataset.conversation === id) renderMembers(id);
  return state.groups.get(id);
}

export function myMember(id) {
  return state.groups.get(id)?.members.find((member) => member.user_id === state.me);
}

function roleOf(id, userId) {
  return state.groups.get(id)?.members.find((member) => member.user_id === userId)?.role ?? "member";
}

/** The owner recalls anyone's message; an admin a plain member's. */
export function canRecallOf(id, senderId) {
  const mine = myMember(id)?.role;
  return mine === "owner" || (mine === "admin" && roleOf(id, senderId) === "member");
}

export async function openMembers(id) {
  const dialog = $("members");
  dialog.dataset.conversation = id;
  $("members-error").textContent = "";
  renderMembers(id);
  dialog.showModal();
  await loadGroup(id).catch(showError);
}

function showError(error) {
  $("members-error").textContent = error.message;
}

/** Runs a change and reads the group again; a refusal shows in the panel. */
async function change(id, call) {
  $("members-error").textContent = "";
  try {
    await call();
    await loadGroup(id);
  } catch (error) {
    showError(error);
  }
}

function renderMembers(id) {
  const info = state.groups.get(id);
  if (!info) return;
  const { group, members } = info;
  const me = myMember(id)?.role ?? "member";
  const manages = me === "owner" || me === "admin";
  $("members-title").textContent = `${group.name} · ${members.length} members`;
  if (!$("group-form").contains(document.activeElement)) {
    $("group-rename").value = group.name;
    $("group-announcement").value = group.announcement ?? "";
    $("group-muted-all").checked = group.muted_all;
    $("group-joinable").checked = group.joinable;
  }
  for (const control of $("group-form").elements) control.disabled = !manages || group.dissolved;
  for (const control of $("add-members").elements) control.disabled = !manages || group.dissolved;
  $("leave-group").hidden = me === "owner" || group.dissolved;
  $("dissolve-group").hidden = me !== "owner" || group.dissolved;
  $("member-list").replaceChildren(...members.map((member) => memberLine(id, member, me)));
}

function memberLine(id, member, me) {
  const muted = member.muted_until && member.muted_until > Date.now();
  const actions = [];
  const plain = member.role === "member";
  const name = nameOf(member.user_id);
  if (member.user_id !== state.me) {
    if (me === "owner") {
      actions.push(
        button(plain ? "Make admin" : "Make member", () =>
          change(id, () => api("PATCH", `${groupPath(id)}/members/${member.user_id}`, { role: plain ? "admin" : "member" })),
          { "aria-label": `${plain ? "Make admin" : "Make member"}: ${name}` },
        ),
        button("Make owner", async () => {
          if (await confirmed(`Make ${name} the owner of this group? You become an admin.`)) {
            await change(id, () => api("POST", `${groupPath(id)}/transfer`, { user_id: member.user_id }));
          }
        }, { "aria-label": `Make owner: ${name}` }),
      );
    }
    if (member.role !== "owner" && (me === "owner" || (me === "admin" && plain))) {
      actions.push(
        button(muted ? "Unmute" : "Mute 1 h", () =>
          change(id, () => api("PATCH", `${groupPath(id)}/members/${member.user_id}`, { muted_until: muted ? null : Date.now() + MUTE_FOR_MS })),
          { "aria-label": `${muted ? "Unmute" : "Mute 1 h"}: ${name}` },
        ),
        button("Remove", async () => {
          if (await confirmed(`Remove ${name} from the group?`)) {
            await change(id, () => api("DELETE", `${groupPath(id)}/members/${member.user_id}`));
          }
        }, { "aria-label": `Remove ${name}`, class: "secondary small danger" }),
      );
    }
  }
  return el(
    "li",
    { dataset: { user: member.user_id } },
    el("span", { class: "person" }, name),
    el("span", { class: "role " + member.role }, member.role),
    muted ? el("span", { class: "muted-until" }, "muted until " + timeOf(member.muted_until)) : null,
    el("span", { class: "person-actions" }, actions),
  );
}

$("group-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const id = $("members").dataset.conversation;
  const { group } = state.groups.get(id);
  const changes = {};
  const name = $("group-rename").value.trim();
  if (name && name !== group.name) changes.name = name;
  if ($("group-announcement").value !== (group.announcement ?? "")) changes.announcement = $("group-announcement").value;
  if ($("group-muted-all").checked !== group.muted_all) changes.muted_all = $("group-muted-all").checked;
  if ($("group-joinable").checked !== group.joinable) changes.joinable = $("group-joinable").checked;
  if (Object.keys(changes).length > 0) change(id, () => api("PATCH", groupPath(id), changes));
});

$("add-members").addEventListener("submit", (event) => {
  event.preventDefault();
  const id = $("members").dataset.conversation;
  const userIds = $("add-member-names").value.split(/[\s,]+/).map((name) => name.trim().toLowerCase()).filter(Boolean);
  change(id, async () => {
    await api("POST", groupPath(id) + "/members", { user_ids: userIds });
    $("add-member-names").value = "";
  });
});

$("leave-group").addEventListener("click", async () => {
  const id = $("members").dataset.conversation;
  if (!(await confirmed("Leave this group?"))) return;
  try {
    await api("DELETE", `${groupPath(id)}/members/${state.me}`);
    $("members").close();
    emit("group-left", id);
  } catch (error) {
    showError(error);
  }
});

$("dissolve-group").addEventListener("click", async () => {
  const id = $("members").dataset.conversation;
  if (!(await confirmed("Dissolve this group for everyone? Members keep its history."))) return;
  change(id, () => api("DELETE", groupPath(id)));
});

// A member's own mute ends by the clock: re-render when it does.
on("group-loaded", (id) => {
  const until = myMember(id)?.muted_until;
  if (until && until > Date.now()) {
    setTimeout(() => emit("group-loaded", id, state.groups.get(id).group), Math.min(until - Date.now() + 100, 2 ** 31 - 1));
  }
});
