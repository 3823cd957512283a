// Accessibility: axe-core (pinned in package.json) finds no serious or critical violation in the
// page's views and panels, and the main flows work with the keyboard alone.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import {
  base, check, scenario, person, register, connected, openDirect, send, waitForTexts, WAIT, run,
} from "./lib.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const alice = "alice_" + run;
const bob = "bob_" + run;

/**
 * Runs axe in the page. Playwright's evaluate is not subject to the page's CSP, so the page keeps
 * its real policy while axe is injected.
 */
async function audit(page, view) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of violations) console.log(`axe ${view}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(", ")}`);
  check(serious.length === 0, `no serious accessibility violation in ${view}: ${JSON.stringify(serious)}`);
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails if it never does. */
async function tabTo(page, selector, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${selector} cannot be reached with Tab`);
}

await scenario("a11y", async (browser, step) => {
  const alicePage = await person(browser);
  const bobPage = await person(browser);

  step("the sign-in view");
  await alicePage.goto(base + "/");
  await audit(alicePage, "the sign-in view");

  step("registering with the keyboard alone");
  await tabTo(alicePage, "#username");
  await alicePage.keyboard.type(alice);
  await alicePage.keyboard.press("Tab");
  await alicePage.keyboard.type("password-" + alice);
  await tabTo(alicePage, "button[value=register]");
  await alicePage.keyboard.press("Enter");
  await connected(alicePage);
  await register(bobPage, bob);

  step("opening a chat and sending with the keyboard alone");
  await alicePage.evaluate(() => document.activeElement?.blur());
  await tabTo(alicePage, "#direct-user");
  await alicePage.keyboard.type(bob);
  await alicePage.keyboard.press("Enter");
  await alicePage.locator("#conversation").waitFor({ timeout: WAIT });
  check(await alicePage.evaluate(() => document.activeElement?.id === "text"), "the composer has the focus");
  await alicePage.keyboard.type("typed without a mouse");
  await alicePage.keyboard.press("Enter");
  await waitForTexts(alicePage, ["typed without a mouse"]);

  step("bob opens the conversation from the list and replies with the keyboard alone");
  await bobPage.locator("#conversations button").first().waitFor({ timeout: WAIT });
  await bobPage.evaluate(() => document.activeElement?.blur());
  await tabTo(bobPage, "#conversations button");
  await bobPage.keyboard.press("Enter");
  await waitForTexts(bobPage, ["typed without a mouse"]);
  await tabTo(bobPage, "#messages li button[aria-label='Reply to this message']");
  check(await bobPage.locator("#messages li .message-actions").first().evaluate((e) => getComputedStyle(e).opacity === "1"),
    "a message's buttons show when they have the focus");
  await bobPage.keyboard.press("Enter");
  check(await bobPage.evaluate(() => document.activeElement?.id === "text"), "replying puts the focus in the composer");
  await bobPage.keyboard.type("and answered the same way");
  await bobPage.keyboard.press("Enter");
  await alicePage.locator("#messages li blockquote", { hasText: "typed without a mouse" }).waitFor({ timeout: WAIT });
  await audit(alicePage, "an open direct chat");

  step("the friends panel opens and closes with the keyboard, and the focus comes back");
  await alicePage.evaluate(() => document.activeElement?.blur());
  await tabTo(alicePage, "#open-friends");
  await alicePage.keyboard.press("Enter");
  await alicePage.locator("#friends").waitFor({ state: "visible", timeout: WAIT });
  check(await alicePage.evaluate(() => document.getElementById("friends").contains(document.activeElement)), "the focus moved into the panel");
  await alicePage.getByLabel("Find a user by username").fill(bob);
  await alicePage.keyboard.press("Enter");
  await alicePage.getByRole("button", { name: "Add friend" }).waitFor({ timeout: WAIT });
  await audit(alicePage, "the friends panel");
  await alicePage.keyboard.press("Escape");
  await alicePage.locator("#friends").waitFor({ state: "hidden", timeout: WAIT });
  check(await alicePage.evaluate(() => document.activeElement?.id === "open-friends"), "the focus is back on the Friends button");

  step("the settings, favorites and group panels");
  for (const [opener, dialog] of [["#open-settings", "#settings"], ["#open-favorites", "#favorites"]]) {
    await alicePage.locator(opener).click();
    await alicePage.locator(dialog).waitFor({ state: "visible", timeout: WAIT });
    await alicePage.waitForTimeout(200);
    await audit(alicePage, dialog);
    await alicePage.keyboard.press("Escape");
  }
  await alicePage.getByLabel("New group", { exact: true }).fill("accessible");
  await alicePage.getByLabel("Members", { exact: true }).fill(bob);
  await alicePage.getByRole("button", { name: "Create" }).click();
  await alicePage.locator("#conversation-title", { hasText: "accessible" }).waitFor({ timeout: WAIT });
  await send(alicePage, "a group message");
  await alicePage.getByRole("button", { name: "Members", exact: true }).click();
  await alicePage.locator(`#member-list li[data-user="${bob}"]`).waitFor({ timeout: WAIT });
  await audit(alicePage, "the group panel");
  await alicePage.keyboard.press("Escape");
  await audit(alicePage, "an open group chat");

  step("the phone layout");
  await bobPage.setViewportSize({ width: 390, height: 844 });
  await audit(bobPage, "the phone layout");
});
