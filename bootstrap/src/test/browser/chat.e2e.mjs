// The web chat page in real Chromium, driven by Playwright, against a real Lynx IM node: the
// version 1 flows (register, live pushes, offline and back, a failed send resent, two tabs, a
// group, older pages). Run by BrowserEndToEndTest: node chat.e2e.mjs <base URL> <screenshot dir>.

import {
  base, check, shot, scenario, register, connected, openDirect, send, shown, waitForTexts,
  conversationButton, badgeOf, WAIT, PHONE, DESKTOP, run,
} from "./lib.mjs";

const alice = "alice_" + run;
const bob = "bob_" + run;
const carol = "carol_" + run;

await scenario("chat", async (browser, step) => {
  const aliceContext = await browser.newContext({ viewport: DESKTOP });
  const bobContext = await browser.newContext({ viewport: PHONE });
  const carolContext = await browser.newContext({ viewport: DESKTOP });
  const alicePage = await aliceContext.newPage();
  const bobPage = await bobContext.newPage();
  for (const page of [alicePage, bobPage]) {
    page.on("pageerror", (error) => console.error("page error:", error.message));
  }

  step("a signed-out visitor sees the sign-in form and nothing of the chat");
  {
    const visitor = await carolContext.newPage();
    const violations = [];
    visitor.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) violations.push(message.text());
    });
    await visitor.goto(base + "/");
    await visitor.getByLabel("Username", { exact: true }).waitFor({ state: "visible", timeout: WAIT });
    check(!(await visitor.locator("#chat").isVisible()), "the chat pane is hidden");
    check(!(await visitor.getByLabel("Chat with", { exact: true }).isVisible()), "no 'Chat with' field");
    check(!(await visitor.locator("#text").isVisible()), "no composer");
    check(!(await visitor.locator("#logout").isVisible()), "no log-out button");
    check(violations.length === 0, "no Content-Security-Policy violation: " + violations.join("; "));
    await visitor.close();
  }

  step("register alice and bob");
  await register(alicePage, alice);
  await register(bobPage, bob);
  await shot(bobPage, "01-signed-in-phone");

  step("alice writes to bob, and bob sees it live");
  await openDirect(alicePage, bob);
  await send(alicePage, "hi bob");
  await waitForTexts(alicePage, ["hi bob"]);
  await conversationButton(bobPage, alice).waitFor({ timeout: WAIT });
  check((await badgeOf(bobPage, alice)) === 1, "bob has one unread from alice");
  await shot(bobPage, "02-bob-unread");
  await conversationButton(bobPage, alice).click();
  await waitForTexts(bobPage, ["hi bob"]);
  await send(alicePage, "are you there?");
  await waitForTexts(bobPage, ["hi bob", "are you there?"]);
  await send(bobPage, "yes!");
  await waitForTexts(alicePage, ["hi bob", "are you there?", "yes!"]);
  await shot(alicePage, "03-direct-chat");
  await shot(bobPage, "04-direct-chat-phone");

  step("bob goes offline, alice sends three, bob comes back to exactly those three");
  await bobPage.getByRole("button", { name: "Back to conversations" }).click();
  await bobContext.setOffline(true);
  await bobPage.waitForFunction(() => document.body.dataset.connected === "false", null, { timeout: WAIT });
  await bobPage.locator("#connection", { hasText: "Offline" }).waitFor({ timeout: WAIT });
  await shot(bobPage, "05-bob-offline");
  for (const text of ["while you were away 1", "while you were away 2", "while you were away 3"]) {
    await send(alicePage, text);
  }
  await waitForTexts(alicePage, [
    "hi bob", "are you there?", "yes!",
    "while you were away 1", "while you were away 2", "while you were away 3",
  ]);
  await bobContext.setOffline(false);
  await connected(bobPage);
  await bobPage.waitForFunction(
    (title) =>
      [...document.querySelectorAll("#conversations button")].some(
        (b) => b.querySelector(".name").textContent === title && b.querySelector(".badge")?.textContent === "3",
      ),
    alice,
    { timeout: WAIT },
  );
  await shot(bobPage, "06-bob-back-with-badge");
  await conversationButton(bobPage, alice).click();
  await waitForTexts(bobPage, [
    "hi bob", "are you there?", "yes!",
    "while you were away 1", "while you were away 2", "while you were away 3",
  ]);
  const bobSees = await shown(bobPage);
  const seqs = bobSees.map((m) => Number(m.seq));
  check(seqs.every((seq, i) => seq === i + 1), "bob's messages are seqs 1..6 without gaps: " + seqs);
  await shot(bobPage, "07-bob-caught-up");

  step("a send while offline is marked failed, then resent with its msg_id and stored once");
  await aliceContext.setOffline(true);
  await alicePage.waitForFunction(() => document.body.dataset.connected === "false", null, { timeout: WAIT });
  await send(alicePage, "sent from a tunnel");
  await alicePage.locator("#messages li.failed").waitFor({ timeout: WAIT });
  await shot(alicePage, "08-failed-send");
  await aliceContext.setOffline(false);
  await connected(alicePage);
  await alicePage.waitForFunction(() => document.querySelectorAll("#messages li.failed, #messages li.pending").length === 0,
    null, { timeout: WAIT });
  await waitForTexts(bobPage, [
    "hi bob", "are you there?", "yes!",
    "while you were away 1", "while you were away 2", "while you were away 3",
    "sent from a tunnel",
  ]);

  step("two tabs of one user stay in step");
  const aliceSecondTab = await aliceContext.newPage();
  await aliceSecondTab.setViewportSize(DESKTOP);
  await aliceSecondTab.goto(base + "/");
  await connected(aliceSecondTab);
  await send(bobPage, "to both of your tabs");
  await waitForTexts(alicePage, [
    "hi bob", "are you there?", "yes!",
    "while you were away 1", "while you were away 2", "while you were away 3",
    "sent from a tunnel", "to both of your tabs",
  ]);
  // The first tab has the chat open and read it: the second tab's badge clears by ack sync.
  await aliceSecondTab.waitForFunction(
    (title) => {
      const button = [...document.querySelectorAll("#conversations button")].find(
        (b) => b.querySelector(".name").textContent === title,
      );
      return button && button.querySelector(".last").textContent.endsWith("to both of your tabs") &&
        !button.querySelector(".badge");
    },
    bob,
    { timeout: WAIT },
  );
  await send(alicePage, "from my first tab");
  await conversationButton(aliceSecondTab, bob).click();
  await aliceSecondTab.locator("#messages li", { hasText: "from my first tab" }).waitFor({ timeout: WAIT });
  await shot(aliceSecondTab, "09-second-tab");

  step("a group of three chats");
  const carolPage = await carolContext.newPage();
  await register(carolPage, carol);
  await alicePage.getByLabel("New group", { exact: true }).fill("trio");
  await alicePage.getByLabel("Members", { exact: true }).fill(`${bob}, ${carol}`);
  await alicePage.getByRole("button", { name: "Create" }).click();
  await alicePage.locator("#conversation-title", { hasText: "trio" }).waitFor({ timeout: WAIT });
  await send(alicePage, "welcome to trio");
  await bobPage.getByRole("button", { name: "Back to conversations" }).click();
  for (const page of [bobPage, carolPage]) {
    const group = page.locator("#conversations button", { hasText: "welcome to trio" });
    await group.waitFor({ timeout: WAIT });
    await group.click();
    await waitForTexts(page, ["welcome to trio"]);
  }
  await send(bobPage, "hi both");
  await waitForTexts(carolPage, ["welcome to trio", "hi both"]);
  await send(carolPage, "hello from carol");
  for (const page of [alicePage, bobPage, carolPage]) {
    await waitForTexts(page, ["welcome to trio", "hi both", "hello from carol"]);
  }
  await shot(alicePage, "10-group-chat");
  await shot(carolPage, "11-group-chat-carol");

  step("older messages load when scrolling up");
  for (let i = 1; i <= 60; i++) {
    await alicePage.evaluate(() => 0); // keep the page responsive between sends
    await send(carolPage, "filler " + i);
  }
  await alicePage.locator("#messages li", { hasText: "filler 60" }).waitFor({ timeout: WAIT });
  const fresh = await browser.newContext({ viewport: DESKTOP });
  const carolAgain = await fresh.newPage();
  await carolAgain.goto(base + "/");
  await carolAgain.getByLabel("Username", { exact: true }).fill(carol);
  await carolAgain.getByLabel("Password", { exact: true }).fill("password-" + carol);
  await carolAgain.getByRole("button", { name: "Log in" }).click();
  await connected(carolAgain);
  await carolAgain.locator("#conversations button", { hasText: "filler 60" }).click();
  await carolAgain.locator("#messages li", { hasText: "filler 60" }).waitFor({ timeout: WAIT });
  const opened = await carolAgain.locator("#messages li").count();
  check(opened === 50, `a conversation opens on its newest 50 (it showed ${opened})`);
  await carolAgain.locator("#messages").evaluate((list) => { list.scrollTop = 0; });
  await carolAgain.locator("#messages li", { hasText: "welcome to trio" }).waitFor({ timeout: WAIT });
  check((await carolAgain.locator("#messages li").count()) === 63, "scrolling up loaded the rest");

});
