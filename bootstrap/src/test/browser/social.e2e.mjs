// Friends, presence, typing, read ticks, the unread total in the title, blocks and the
// "who can message me" setting, between two people in two browser contexts.

import {
  base, check, shot, scenario, signUp, openDirect, send, waitForTexts, bubble,
  conversationButton, befriend, apiAs, WAIT, run,
} from "./lib.mjs";

const alice = "alice_" + run;
const bob = "bob_" + run;
const carol = "carol_" + run;

await scenario("social", async (browser, step) => {
  const [alicePage, bobPage, carolPage] = await signUp(browser, alice, bob, carol);

  step("alice finds bob and sends a friend request; bob sees a badge and accepts");
  await alicePage.getByRole("button", { name: /^Friends/ }).click();
  await alicePage.getByLabel("Find a user by username").fill(bob);
  await alicePage.getByRole("button", { name: "Find", exact: true }).click();
  await alicePage.getByLabel("Message with the request").fill("hi, it's alice");
  await alicePage.getByRole("button", { name: "Add friend" }).click();
  await alicePage.locator("#outgoing-requests li", { hasText: bob }).waitFor({ timeout: WAIT });
  await bobPage.locator("#requests-badge", { hasText: "1" }).waitFor({ timeout: WAIT });
  await shot(bobPage, "20-friend-request-badge");
  await bobPage.getByRole("button", { name: /^Friends/ }).click();
  await bobPage.locator("#incoming-requests li", { hasText: "hi, it's alice" }).waitFor({ timeout: WAIT });
  await shot(bobPage, "21-friend-request");
  await bobPage.getByRole("button", { name: "Accept the request from " + alice }).click();
  await bobPage.locator("#friend-list li", { hasText: alice }).waitFor({ timeout: WAIT });
  check(await bobPage.locator("#requests-badge").isHidden(), "the request badge is gone");

  step("presence: each sees the other online in the friends list");
  await bobPage.locator(`#friend-list li[data-user="${alice}"] .presence`, { hasText: "online" }).waitFor({ timeout: WAIT });
  await alicePage.locator(`#friend-list li[data-user="${bob}"] .presence`, { hasText: "online" }).waitFor({ timeout: WAIT });
  await shot(alicePage, "22-friends");

  step("alice sets a remark for bob, which names him in her chat list");
  const remark = alicePage.getByRole("textbox", { name: "Remark for " + bob });
  await remark.fill("Bobby");
  await alicePage.getByRole("button", { name: "Save the remark for " + bob }).click();
  await alicePage.locator(`#friend-list li[data-user="${bob}"] .person`, { hasText: "Bobby" }).waitFor({ timeout: WAIT });
  await alicePage.getByRole("button", { name: "Message " + bob }).click();
  await alicePage.locator("#conversation-title", { hasText: "Bobby" }).waitFor({ timeout: WAIT });
  await alicePage.locator("#conversation-status", { hasText: "online" }).waitFor({ timeout: WAIT });

  step("read ticks: sent while bob has not opened the chat, read once he does");
  await send(alicePage, "first message");
  await waitForTexts(alicePage, ["first message"]);
  await bubble(alicePage, "first message").and(alicePage.locator("[data-status=sent]")).waitFor({ timeout: WAIT });
  await bobPage.keyboard.press("Escape");
  await conversationButton(bobPage, alice).waitFor({ timeout: WAIT });
  await bobPage.waitForFunction(() => document.title === "(1) Lynx IM", null, { timeout: WAIT });
  await conversationButton(bobPage, alice).click();
  await waitForTexts(bobPage, ["first message"]);
  await bubble(alicePage, "first message").and(alicePage.locator("[data-status=read]")).waitFor({ timeout: WAIT });
  await bobPage.waitForFunction(() => document.title === "Lynx IM", null, { timeout: WAIT });
  await shot(alicePage, "23-read-ticks");

  step("typing: bob types, alice sees it; bob clears the text, it is gone");
  await bobPage.locator("#text").pressSequentially("typing something", { delay: 20 });
  await alicePage.locator("#typing", { hasText: "Bobby is typing" }).waitFor({ timeout: WAIT });
  await shot(alicePage, "24-typing");
  await bobPage.locator("#text").fill("");
  await bobPage.locator("#text").dispatchEvent("input");
  await alicePage.locator("#typing:empty").waitFor({ timeout: WAIT });
  await bobPage.locator("#text").pressSequentially("typed and sent", { delay: 10 });
  await alicePage.locator("#typing", { hasText: "typing" }).waitFor({ timeout: WAIT });
  await bobPage.locator("#text").press("Enter");
  await waitForTexts(alicePage, ["first message", "typed and sent"]);
  check((await alicePage.locator("#typing").textContent()) === "", "a message ends the typing indicator");

  step("the unread total in the title counts every conversation");
  await bobPage.getByRole("button", { name: "Back to conversations" }).click().catch(() => {});
  await openDirect(bobPage, carol);
  await send(alicePage, "one");
  await send(alicePage, "two");
  await bobPage.waitForFunction(() => document.title === "(2) Lynx IM", null, { timeout: WAIT });

  step("presence: bob goes offline, alice sees it");
  await bobPage.context().setOffline(true);
  await alicePage.locator("#conversation-status", { hasText: /last seen|offline/ }).waitFor({ timeout: WAIT });
  await bobPage.context().setOffline(false);
  await alicePage.locator("#conversation-status", { hasText: "online" }).waitFor({ timeout: WAIT });

  step("friends only: carol, not a friend, cannot write to bob once he says so");
  await bobPage.getByRole("button", { name: "Settings" }).click();
  await bobPage.getByLabel("Who can message me").selectOption("friends");
  await bobPage.waitForFunction(async () => {
    const response = await fetch("/api/v1/users/me/settings", {
      headers: { Authorization: "Bearer " + localStorage.getItem("lynx.token") },
    });
    return (await response.json()).direct_messages === "friends";
  }, null, { timeout: WAIT });
  await bobPage.keyboard.press("Escape");
  await openDirect(carolPage, bob);
  await send(carolPage, "can I write?");
  await carolPage.locator("#messages li.failed", { hasText: "can I write?" }).waitFor({ timeout: WAIT });
  await carolPage.locator("#toast", { hasText: /friend/i }).waitFor({ timeout: WAIT });

  step("alice blocks bob: his message is refused, and unblocking lets it through");
  await alicePage.getByRole("button", { name: /^Friends/ }).click();
  await alicePage.getByRole("button", { name: "Block " + bob }).click();
  await alicePage.getByRole("button", { name: "Confirm" }).click();
  await alicePage.locator("#block-list li", { hasText: bob }).waitFor({ timeout: WAIT });
  // A block ends the friendship. The page refreshes its blocks and its friends side by side, so
  // the friend list may render after the block list.
  await alicePage.locator(`#friend-list li[data-user="${bob}"]`).waitFor({ state: "detached", timeout: WAIT });
  await bobPage.getByRole("button", { name: "Back to conversations" }).click().catch(() => {});
  await conversationButton(bobPage, alice).click();
  await send(bobPage, "are you ignoring me?");
  await bobPage.locator("#messages li.failed", { hasText: "are you ignoring me?" }).waitFor({ timeout: WAIT });
  await shot(bobPage, "25-blocked");
  await alicePage.getByRole("button", { name: "Unblock " + bob }).click();
  await alicePage.locator("#block-list li").waitFor({ state: "detached", timeout: WAIT });
  await bobPage.locator("#messages li.failed").getByRole("button", { name: "Retry" }).click();
  await alicePage.keyboard.press("Escape");
  await waitForTexts(alicePage, ["first message", "typed and sent", "one", "two", "are you ignoring me?"]);

  const friends = await apiAs(alicePage, "GET", "/api/v1/friends");
  check(friends.body.friends.length === 0, "after the block alice and bob are no longer friends");
  check(base.startsWith("http"), "base URL");
});
