// How a message reads: its body by msg_type (PROTOCOL.md "Message types", "System messages"),
// and the one-line preview the conversation list shows.

import { $, el, fileUrl, nameOf, sizeOf, timeOf, emit, toast } from "./core.js";

export const TEXT = 1;
export const IMAGE = 2;
export const FILE = 3;
export const VOICE = 4;
export const VIDEO = 5;
export const CARD = 6;
export const LOCATION = 7;
export const CALL_LOG = 8;
export const SYSTEM = 100;

/** The parsed JSON content of a structured message, or {} when it is not an object. */
export function fieldsOf(message) {
  if (message.msg_type === TEXT || !message.content) return {};
  try {
    const fields = JSON.parse(message.content);
    return fields && typeof fields === "object" ? fields : {};
  } catch {
    return {};
  }
}

/** What a system message says, or null for the ones that only change another message. */
export function systemText(message) {
  const fields = fieldsOf(message);
  const actor = nameOf(message.sender_id);
  const Actor = actor === "you" ? "You" : actor;
  switch (fields.event) {
    case "member_added":
      return `${Actor} added ${(fields.user_ids ?? []).map(nameOf).join(", ")}`;
    case "member_joined":
      return `${capital(nameOf(fields.user_id))} joined`;
    case "member_removed":
      return `${Actor} removed ${nameOf(fields.user_id)}`;
    case "member_left":
      return `${capital(nameOf(fields.user_id))} left`;
    case "role_changed":
      return `${Actor} made ${nameOf(fields.user_id)} ${fields.role === "admin" ? "an admin" : "a member"}`;
    case "member_muted":
      return fields.muted_until
        ? `${Actor} muted ${nameOf(fields.user_id)} until ${timeOf(fields.muted_until)}`
        : `${Actor} unmuted ${nameOf(fields.user_id)}`;
    case "group_updated": {
      const changes = [];
      if ("name" in fields) changes.push(`renamed the group to "${fields.name}"`);
      if ("announcement" in fields) changes.push("changed the announcement");
      if ("muted_all" in fields) changes.push(fields.muted_all ? "muted the group" : "unmuted the group");
      if ("joinable" in fields) changes.push(fields.joinable ? "opened the group to anyone" : "closed the group");
      return `${Actor} ${changes.join(", ") || "updated the group"}`;
    }
    case "owner_transferred":
      return `${capital(nameOf(fields.from))} made ${nameOf(fields.to)} the owner`;
    case "group_dissolved":
      return `${Actor} dissolved the group`;
    default:
      return null; // message_recalled, message_updated: they show on the message they change
  }
}

function capital(text) {
  return text === "you" ? "You" : text;
}

/** One line for the conversation list and replies. */
export function previewOf(message) {
  if (!message) return "";
  if (message.recalled) return "message recalled";
  const fields = fieldsOf(message);
  switch (message.msg_type) {
    case IMAGE:
      return "[image]";
    case FILE:
      return "[file] " + (fields.name ?? "");
    case VOICE:
      return "[voice]";
    case VIDEO:
      return "[video]";
    case CARD:
      return "[card] " + (fields.nickname ?? fields.user_id ?? "");
    case LOCATION:
      return "[location] " + (fields.name ?? "");
    case CALL_LOG:
      return callText(fields);
    case SYSTEM:
      return systemText(message) ?? "";
    default:
      return message.content;
  }
}

function callText(fields) {
  const kind = fields.media === "video" ? "Video call" : "Audio call";
  switch (fields.result) {
    case "completed":
      return `${kind} · ${duration(fields.duration_ms)}`;
    case "missed":
      return `Missed ${kind.toLowerCase()}`;
    case "rejected":
      return `${kind} declined`;
    default:
      return `${kind} cancelled`;
  }
}

function duration(ms = 0) {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** The body of a message bubble. */
export function bodyOf(message) {
  if (message.recalled) return el("span", { class: "text recalled" }, "message recalled");
  const fields = fieldsOf(message);
  switch (message.msg_type) {
    case IMAGE:
      return imageBody(fields);
    case FILE:
      return fileBody(fields);
    case VOICE:
    case VIDEO:
      return mediaBody(message.msg_type === VOICE ? "audio" : "video", fields);
    case CARD:
      return el(
        "div",
        { class: "card" },
        el("strong", {}, fields.nickname ?? fields.user_id ?? ""),
        el("span", { class: "card-kind" }, "Contact · " + (fields.user_id ?? "")),
        fields.user_id
          ? el("button", { type: "button", class: "secondary small", onclick: () => emit("open-direct", fields.user_id) }, "Message")
          : null,
      );
    case LOCATION:
      return el(
        "div",
        { class: "card" },
        el("strong", {}, fields.name ?? "Location"),
        fields.address ? el("span", {}, fields.address) : null,
        el("span", { class: "card-kind" }, `${fields.latitude}, ${fields.longitude}`),
        el(
          "a",
          {
            href: `https://www.openstreetmap.org/?mlat=${Number(fields.latitude)}&mlon=${Number(fields.longitude)}`,
            target: "_blank",
            rel: "noopener noreferrer",
          },
          "Open map",
        ),
      );
    case CALL_LOG:
      return el("span", { class: "text call-log" }, callText(fields));
    default:
      return el("span", { class: "text" }, message.content ?? "");
  }
}

function imageBody(fields) {
  const name = fields.name ?? "image";
  const image = el("img", { alt: name, class: "thumb", width: fields.width, height: fields.height });
  if (fields.width && fields.height) {
    // Reserve the thumbnail's box (at most 320 px on the longer side) so the list does not jump.
    const scale = Math.min(1, 240 / Math.max(fields.width, fields.height));
    image.width = Math.round(fields.width * scale);
    image.height = Math.round(fields.height * scale);
  }
  const open = el("button", { type: "button", class: "image", "aria-label": "Open image " + name }, image);
  if (fields.file_id) {
    fileUrl(fields.thumb_file_id ?? fields.file_id, !fields.thumb_file_id).then(
      (url) => (image.src = url),
      () => (image.alt = name + " (unavailable)"),
    );
    open.addEventListener("click", () => showImage(fields.file_id, name));
  } else if (fields.url) {
    open.addEventListener("click", () => window.open(fields.url, "_blank", "noopener"));
    image.alt = name + " (external)";
  }
  return open;
}

async function showImage(fileId, name) {
  const viewer = $("viewer");
  const image = $("viewer-image");
  image.alt = name;
  image.removeAttribute("src");
  $("viewer-title").textContent = name;
  viewer.showModal();
  try {
    image.src = await fileUrl(fileId);
  } catch (error) {
    toast(error.message);
  }
}

function fileBody(fields) {
  const name = fields.name ?? "file";
  return el(
    "div",
    { class: "file" },
    el("span", { class: "file-name" }, name),
    el("span", { class: "file-size" }, sizeOf(fields.size)),
    fields.file_id
      ? el("button", { type: "button", class: "secondary small", "aria-label": "Download " + name, onclick: () => download(fields.file_id, name) }, "Download")
      : el("a", { href: fields.url, target: "_blank", rel: "noopener noreferrer" }, "Open"),
  );
}

async function download(fileId, name) {
  try {
    const link = el("a", { href: await fileUrl(fileId), download: name });
    document.body.append(link);
    link.click();
    link.remove();
  } catch (error) {
    toast(error.message);
  }
}

function mediaBody(kind, fields) {
  const player = el(kind, { controls: true, preload: "metadata", class: kind, "aria-label": kind === "audio" ? "Voice message" : "Video" });
  if (fields.file_id) {
    fileUrl(fields.file_id).then((url) => (player.src = url), () => {});
  } else if (fields.url) {
    player.src = fields.url;
  }
  return player;
}
