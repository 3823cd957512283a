// Group administration through the members panel, system messages as centred lines, a muted
// member's composer, the announcement, a streaming message growing on screen, transfer, leave
// and dissolve. Four people in four browser contexts.

import {
  check, shot, scenario, signUp, send, waitForTexts, bubble, WAIT, run,
} from "./lib.mjs";

const alice = "alice_" + run;
const bob = "bob_" + run;
const carol = "carol_" + run;
const dave = "dave_" + run;

/** The system lines of the open conversation. */
async function systemLines(page) {
  return page.$$eval("#messages li.system", (items) => items.map((item) => item.textContent));
}

async function openGroup(page, name) {
  const line = page.locator("#conversations button", { hasText: name });
  await line.waitFor({ timeout: WAIT });
  await line.click();
  await page.locator("#conversation-title", { hasText: name }).waitFor({ timeout: WAIT });
}

async function systemLine(page, text) {
  await page.locator("#messages li.system", { hasText: text }).waitFor({ timeout: WAIT });
}

await scenario("groups", async (browser, step) => {
  const [alicePage, bobPage, carolPage, davePage] = await signUp(browser, alice, bob, carol, dave);

  step("alice creates a group with bob and carol");
  await alicePage.getByLabel("New group", { exact: true }).fill("crew");
  await alicePage.getByLabel("Members", { exact: true }).fill(`${bob}, ${carol}`);
  await alicePage.getByRole("button", { name: "Create" }).click();
  await alicePage.locator("#conversation-title", { hasText: "crew" }).waitFor({ timeout: WAIT });
  await send(alicePage, "welcome, crew");
  for (const page of [bobPage, carolPage]) await openGroup(page, "crew");

  step("alice adds dave in the members panel; everyone sees a centred line saying so");
  await alicePage.getByRole("button", { name: "Members", exact: true }).click();
  await alicePage.getByLabel("Add members").fill(dave);
  await alicePage.getByRole("button", { name: "Add", exact: true }).click();
  await alicePage.locator(`#member-list li[data-user="${dave}"]`).waitFor({ timeout: WAIT });
  await systemLine(bobPage, `${alice} added ${dave}`);
  await systemLine(alicePage, `You added ${dave}`);
  const centred = await bobPage.$eval("#messages li.system", (item) => getComputedStyle(item).alignSelf);
  check(centred === "center", "a system line is centred: " + centred);
  await openGroup(davePage, "crew");
  await systemLine(davePage, `${alice} added you`);

  step("alice makes bob an admin");
  await alicePage.getByRole("button", { name: "Make admin: " + bob }).click();
  await alicePage.locator(`#member-list li[data-user="${bob}"] .role`, { hasText: "admin" }).waitFor({ timeout: WAIT });
  await alicePage.keyboard.press("Escape");
  await systemLine(carolPage, `${alice} made ${bob} an admin`);

  step("bob, an admin, mutes carol; carol's composer says so and sends nothing");
  await bobPage.getByRole("button", { name: "Members", exact: true }).click();
  await bobPage.getByRole("button", { name: "Mute 1 h: " + carol }).click();
  await bobPage.locator(`#member-list li[data-user="${carol}"] .muted-until`).waitFor({ timeout: WAIT });
  check((await bobPage.getByRole("button", { name: "Mute 1 h: " + alice }).count()) === 0, "an admin cannot mute the owner");
  await bobPage.keyboard.press("Escape");
  await carolPage.locator("#composer-blocked", { hasText: "You are muted in this group until" }).waitFor({ timeout: WAIT });
  check(await carolPage.locator("#text").isDisabled(), "carol's text box is disabled");
  await systemLine(alicePage, `${bob} muted ${carol} until`);
  await shot(carolPage, "50-muted-member");
  await shot(alicePage, "51-group-system-messages");

  step("alice writes an announcement; every member sees it above the chat");
  await alicePage.getByRole("button", { name: "Members", exact: true }).click();
  await alicePage.getByLabel("Announcement").fill("Standup at 9, every day");
  await alicePage.getByRole("button", { name: "Save group" }).click();
  await systemLine(alicePage, "changed the announcement");
  await alicePage.keyboard.press("Escape");
  await davePage.locator("#announcement", { hasText: "Standup at 9" }).waitFor({ timeout: WAIT });

  step("a bot of bob's streams a message into the group; alice sees it grow, then end");
  await bobPage.evaluate(async ([groupId]) => {
    const token = localStorage.getItem("lynx.token");
    const socket = new WebSocket(`ws://${location.host}/ws?token=${encodeURIComponent(token)}&device_id=bot`);
    const answers = new Map();
    socket.onmessage = (event) => {
      const frame = JSON.parse(event.data);
      answers.get(frame.req_id)?.(frame);
    };
    await new Promise((resolve) => (socket.onopen = resolve));
    let n = 0;
    const ask = (frame) =>
      new Promise((resolve) => {
        const reqId = "b" + ++n;
        answers.set(reqId, resolve);
        socket.send(JSON.stringify({ ...frame, req_id: reqId }));
      });
    const started = await ask({ cmd: 13, msg_id: "stream" + Date.now(), conversation_id: groupId, payload: { content: "" } });
    window.__stream = { socket, ask, seq: started.seq, groupId };
  }, [await alicePage.evaluate(() => decodeURIComponent(location.hash.slice(1)))]);
  for (const [index, delta] of ["The plan: ", "ship ", "on Friday"].entries()) {
    await bobPage.evaluate(([index, delta]) => {
      const { ask, seq, groupId } = window.__stream;
      return ask({ cmd: 14, conversation_id: groupId, seq, index: index + 1, delta });
    }, [index, delta]);
    if (index === 1) {
      await alicePage.locator("#messages li.streaming", { hasText: "The plan: ship" }).waitFor({ timeout: WAIT });
      await shot(alicePage, "52-streaming");
    }
  }
  await bobPage.evaluate(() => {
    const { ask, seq, groupId } = window.__stream;
    return ask({ cmd: 15, conversation_id: groupId, seq });
  });
  await alicePage.locator("#messages li:not(.streaming)", { hasText: "The plan: ship on Friday" }).waitFor({ timeout: WAIT });

  step("the owner recalls a member's message; everyone sees it recalled");
  await send(davePage, "something I should not have said");
  await bubble(alicePage, "something I should not have said").waitFor({ timeout: WAIT });
  await bubble(alicePage, "something I should not have said").hover();
  await bubble(alicePage, "something I should not have said").getByRole("button", { name: "Recall this message" }).click();
  await davePage.locator("#messages li .recalled").waitFor({ timeout: WAIT });
  check((await bubble(bobPage, "something I should not have said").count()) === 0 ||
    (await bobPage.locator("#messages li .recalled").count()) > 0, "recalled for bob too");
  await bobPage.locator("#messages li .recalled").waitFor({ timeout: WAIT });
  check((await bubble(carolPage, "welcome, crew").getByRole("button", { name: "Recall this message" }).count()) === 0,
    "a plain member cannot recall the owner's message");

  step("alice mutes the whole group: dave's composer says only admins may send; bob still can");
  await alicePage.getByRole("button", { name: "Members", exact: true }).click();
  await alicePage.getByLabel("Only the owner and admins can send").check();
  await alicePage.getByRole("button", { name: "Save group" }).click();
  await alicePage.keyboard.press("Escape");
  await davePage.locator("#composer-blocked", { hasText: "Only the owner and admins can send" }).waitFor({ timeout: WAIT });
  await send(bobPage, "admins can still talk");
  await bubble(davePage, "admins can still talk").waitFor({ timeout: WAIT });

  step("dave leaves; the group leaves his list and the others see that he left");
  await davePage.getByRole("button", { name: "Members", exact: true }).click();
  await davePage.getByRole("button", { name: "Leave group" }).click();
  await davePage.getByRole("button", { name: "Confirm" }).click();
  await davePage.locator("#conversations button", { hasText: "crew" }).waitFor({ state: "detached", timeout: WAIT });
  await systemLine(alicePage, `${dave} left`);

  step("alice hands the group to bob, who dissolves it: the composers say it is over");
  await alicePage.getByRole("button", { name: "Members", exact: true }).click();
  await alicePage.getByRole("button", { name: "Make owner: " + bob }).click();
  await alicePage.getByRole("button", { name: "Confirm" }).click();
  await alicePage.locator(`#member-list li[data-user="${bob}"] .role`, { hasText: "owner" }).waitFor({ timeout: WAIT });
  await alicePage.keyboard.press("Escape");
  await systemLine(carolPage, `${alice} made ${bob} the owner`);
  await bobPage.getByRole("button", { name: "Members", exact: true }).click();
  await bobPage.getByRole("button", { name: "Dissolve group" }).click();
  await bobPage.getByRole("button", { name: "Confirm" }).click();
  await bobPage.keyboard.press("Escape");
  for (const page of [alicePage, carolPage]) {
    await systemLine(page, `${bob} dissolved the group`);
    await page.locator("#composer-blocked", { hasText: "This group was dissolved" }).waitFor({ timeout: WAIT });
  }
  const lines = await systemLines(carolPage);
  check(lines.length >= 6, "the group's history is in system lines: " + lines.join(" | "));
  await waitForTexts(carolPage, await carolPage.$$eval("#messages li .text", (texts) => texts.map((t) => t.textContent)));
});
