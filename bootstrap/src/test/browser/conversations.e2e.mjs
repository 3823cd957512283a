// Conversation settings and favorites: pin order, mute, a draft reaching a second tab and
// surviving reload, delete for me, mark all as read, starring a message with a note and tags.

import {
  base, check, shot, scenario, signUp, connected, openDirect, send, waitForTexts,
  messageAction, conversationButton, badgeOf, listOrder, WAIT, run,
} from "./lib.mjs";

const alice = "alice_" + run;
const bob = "bob_" + run;
const carol = "carol_" + run;

await scenario("conversations", async (browser, step) => {
  const [alicePage, bobPage, carolPage] = await signUp(browser, alice, bob, carol);

  step("bob, then carol, write to alice: carol's chat is on top");
  await openDirect(bobPage, alice);
  await send(bobPage, "hello from bob");
  await waitForTexts(bobPage, ["hello from bob"]);
  await openDirect(carolPage, alice);
  await send(carolPage, "hello from carol");
  await waitForTexts(carolPage, ["hello from carol"]);
  await alicePage.waitForFunction(() => document.querySelectorAll("#conversations li").length === 2, null, { timeout: WAIT });
  check(JSON.stringify(await listOrder(alicePage)) === JSON.stringify([carol, bob]), "newest first");
  check((await alicePage.title()) === "(2) Lynx IM", "two unread in the title");

  step("alice pins bob's chat: it moves to the top, and stays there after a reload");
  await conversationButton(alicePage, bob).click();
  await alicePage.getByRole("button", { name: "Pin", exact: true }).click();
  await alicePage.getByRole("button", { name: "Unpin" }).waitFor({ timeout: WAIT });
  await alicePage.waitForFunction((first) => document.querySelector("#conversations .name")?.textContent.includes(first), bob, { timeout: WAIT });
  await send(carolPage, "carol again");
  await conversationButton(alicePage, carol).locator(".badge", { hasText: "2" }).waitFor({ timeout: WAIT });
  check((await listOrder(alicePage))[0].endsWith(bob), "a newer message does not pass a pinned chat");
  await alicePage.reload();
  await connected(alicePage);
  await alicePage.waitForFunction(() => document.querySelectorAll("#conversations li").length === 2, null, { timeout: WAIT });
  check((await listOrder(alicePage))[0].endsWith(bob), "pinned after reload: " + (await listOrder(alicePage)));
  await shot(alicePage, "40-pinned");

  step("alice mutes carol's chat: its count leaves the title total");
  await conversationButton(alicePage, carol).click();
  await alicePage.getByRole("button", { name: "Mute", exact: true }).click();
  await alicePage.getByRole("button", { name: "Unmute" }).waitFor({ timeout: WAIT });
  await conversationButton(alicePage, bob).click();
  await send(carolPage, "you muted me?");
  await conversationButton(alicePage, carol).locator(".badge.quiet").waitFor({ timeout: WAIT });
  check((await alicePage.title()) === "Lynx IM", "a muted chat does not count in the title: " + (await alicePage.title()));

  step("a draft in one tab reaches a second tab, and survives a reload");
  await alicePage.locator("#text").fill("half-written thought");
  await alicePage.locator("#text").dispatchEvent("input");
  const secondTab = await alicePage.context().newPage();
  await secondTab.goto(base + "/");
  await connected(secondTab);
  await conversationButton(secondTab, bob).locator(".last.draft", { hasText: "half-written thought" }).waitFor({ timeout: WAIT });
  await conversationButton(secondTab, bob).click();
  check((await secondTab.locator("#text").inputValue()) === "half-written thought", "the draft is in the composer");
  await alicePage.locator("#text").fill("half-written thought, finished");
  await alicePage.locator("#text").dispatchEvent("input");
  await secondTab.waitForFunction(() => document.querySelector("#text").value === "half-written thought, finished", null, { timeout: WAIT });
  await shot(secondTab, "41-draft-second-tab");
  await secondTab.reload();
  await connected(secondTab);
  // The tab reopens the chat it had open, with the draft in its composer.
  await secondTab.waitForFunction(() => document.querySelector("#text").value === "half-written thought, finished", null, { timeout: WAIT });
  await alicePage.locator("#text").press("Enter");
  await conversationButton(secondTab, bob).locator(".last:not(.draft)", { hasText: "finished" }).waitFor({ timeout: WAIT });
  await secondTab.close();

  step("mark all as read clears every badge");
  await alicePage.getByRole("button", { name: "Back to conversations" }).click().catch(() => {});
  await alicePage.getByRole("button", { name: "Mark all as read" }).click();
  await alicePage.waitForFunction(() => document.querySelectorAll("#conversations .badge").length === 0, null, { timeout: WAIT });

  step("alice stars a message, adds a note and tags, and finds it again");
  await conversationButton(alicePage, bob).click();
  await waitForTexts(alicePage, ["hello from bob", "half-written thought, finished"]);
  await messageAction(alicePage, "hello from bob", "Save to favorites");
  await alicePage.locator("#toast", { hasText: "Saved to favorites" }).waitFor({ timeout: WAIT });
  await alicePage.getByRole("button", { name: "Favorites", exact: true }).click();
  const saved = alicePage.locator("#favorite-list li", { hasText: "hello from bob" });
  await saved.waitFor({ timeout: WAIT });
  await saved.getByLabel("Note").fill("bob said hello first");
  await saved.getByLabel("Tags").fill("people, greetings");
  await saved.getByRole("button", { name: "Save", exact: true }).click();
  await alicePage.locator("#favorites-tag option", { hasText: "greetings (1)" }).waitFor({ state: "attached", timeout: WAIT });
  await alicePage.locator("summary", { hasText: "New note" }).click();
  await alicePage.getByLabel("Title", { exact: true }).fill("Shopping");
  await alicePage.locator("#note-content").fill("milk, zebra crackers");
  await alicePage.getByRole("button", { name: "Save note" }).click();
  await alicePage.locator("#favorite-list li", { hasText: "Shopping" }).waitFor({ timeout: WAIT });
  await alicePage.getByLabel("Search favorites").fill("eBr");
  await alicePage.getByRole("button", { name: "Search", exact: true }).click();
  await alicePage.waitForFunction(() => {
    const items = document.querySelectorAll("#favorite-list li");
    return items.length === 1 && items[0].textContent.includes("zebra");
  }, null, { timeout: WAIT });
  await alicePage.getByLabel("Search favorites").fill("");
  await alicePage.getByLabel("Tag", { exact: true }).selectOption("greetings");
  await alicePage.waitForFunction(() => {
    const items = document.querySelectorAll("#favorite-list li");
    return items.length === 1 && items[0].textContent.includes("hello from bob");
  }, null, { timeout: WAIT });
  await shot(alicePage, "42-favorites");
  await alicePage.keyboard.press("Escape");

  step("alice deletes carol's chat for herself; carol's next message brings it back with only that");
  await conversationButton(alicePage, carol).click();
  await waitForTexts(alicePage, ["hello from carol", "carol again", "you muted me?"]);
  await alicePage.getByRole("button", { name: "Delete chat" }).click();
  await alicePage.getByRole("button", { name: "Confirm" }).click();
  await conversationButton(alicePage, carol).waitFor({ state: "detached", timeout: WAIT });
  await waitForTexts(carolPage, ["hello from carol", "carol again", "you muted me?"]);
  await send(carolPage, "a fresh start");
  await conversationButton(alicePage, carol).click();
  await waitForTexts(alicePage, ["a fresh start"]);
  check((await badgeOf(alicePage, bob)) === 0, "nothing unread from bob");
});
