// Favorites (PROTOCOL.md "Favorites"): saved messages and one's own notes, with tags, a note on
// each, and a search over title, note and content.

import { $, api, on, el, button, toast, nameOf, timeOf } from "./core.js";
import { bodyOf } from "./content.js";

const PAGE = 50;

/** Saves a message; saving it again answers the favorite already there. */
export async function star(message) {
  try {
    await api("POST", "/api/v1/favorites", { conversation_id: message.conversation_id, seq: message.seq });
    toast("Saved to favorites");
  } catch (error) {
    toast(error.message);
  }
}

$("open-favorites").addEventListener("click", () => {
  $("favorites-error").textContent = "";
  $("favorites").showModal();
  search().catch(showError);
  loadTags().catch(() => {});
});

on("notice:favorites_changed", () => {
  if ($("favorites").open) search().catch(() => {});
  loadTags().catch(() => {});
});

function showError(error) {
  $("favorites-error").textContent = error.message;
}

function tagsOf(text) {
  return [...new Set(text.split(",").map((tag) => tag.trim()).filter(Boolean))];
}

async function loadTags() {
  const { tags } = await api("GET", "/api/v1/favorites/tags");
  const select = $("favorites-tag");
  const chosen = select.value;
  select.replaceChildren(
    el("option", { value: "" }, "All tags"),
    ...tags.map((tag) => el("option", { value: tag.tag }, `${tag.tag} (${tag.count})`)),
  );
  select.value = tags.some((tag) => tag.tag === chosen) ? chosen : "";
}

async function search() {
  const query = new URLSearchParams({ limit: String(PAGE) });
  if ($("favorites-q").value.trim()) query.set("q", $("favorites-q").value.trim());
  if ($("favorites-tag").value) query.set("tag", $("favorites-tag").value);
  const { favorites } = await api("GET", "/api/v1/favorites?" + query);
  $("favorite-list").replaceChildren(...favorites.map(favoriteLine));
}

$("favorites-search").addEventListener("submit", (event) => {
  event.preventDefault();
  $("favorites-error").textContent = "";
  search().catch(showError);
});
$("favorites-tag").addEventListener("change", () => search().catch(showError));

$("note-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("favorites-error").textContent = "";
  try {
    const body = { tags: tagsOf($("note-tags").value) };
    if ($("note-title").value.trim()) body.title = $("note-title").value.trim();
    if ($("note-content").value.trim()) body.content = $("note-content").value;
    await api("POST", "/api/v1/favorites", body);
    for (const id of ["note-title", "note-content", "note-tags"]) $(id).value = "";
    await search();
    await loadTags();
  } catch (error) {
    showError(error);
  }
});

function favoriteLine(favorite) {
  const note = el("textarea", { rows: 1, maxlength: 4096, placeholder: "Add a note", "aria-label": "Note" });
  note.value = favorite.note ?? "";
  const tags = el("input", { value: (favorite.tags ?? []).join(", "), placeholder: "Tags", "aria-label": "Tags" });
  const what =
    favorite.kind === "message" && favorite.message
      ? [
          el("span", { class: "favorite-from" }, `${nameOf(favorite.message.sender_id)} · ${timeOf(favorite.message.send_time)}`),
          bodyOf(favorite.message),
        ]
      : [favorite.title ? el("strong", {}, favorite.title) : null, el("span", { class: "text" }, favorite.content ?? "")];
  return el(
    "li",
    { dataset: { favorite: favorite.favorite_id } },
    ...what,
    el(
      "form",
      {
        class: "favorite-edit",
        onsubmit: async (event) => {
          event.preventDefault();
          try {
            await api("PATCH", "/api/v1/favorites/" + favorite.favorite_id, { note: note.value, tags: tagsOf(tags.value) });
            toast("Saved");
            await loadTags();
          } catch (error) {
            showError(error);
          }
        },
      },
      note,
      tags,
      el("button", { type: "submit", class: "secondary small" }, "Save"),
      button("Remove", async () => {
        try {
          await api("DELETE", "/api/v1/favorites/" + favorite.favorite_id);
          await search();
          await loadTags();
        } catch (error) {
          showError(error);
        }
      }, { class: "secondary small danger", "aria-label": "Remove from favorites" }),
    ),
  );
}

