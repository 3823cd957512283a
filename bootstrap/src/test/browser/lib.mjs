// What the browser tests share: launching Debian's Chromium, signing up users in their own
// contexts, and the waits and checks on the chat page. Each *.e2e.mjs script is run by
// BrowserEndToEndTest as: node <script> <base URL> <screenshot directory>.

import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

export const WAIT = 15_000;
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1100, height: 720 };

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export const [base, shots] = process.argv.slice(2);
if (!base || !shots) {
  console.error("usage: node <script>.e2e.mjs <base URL> <screenshot directory>");
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

/** A short suffix that keeps this run's usernames apart from every other run's. */
export const run = Date.now().toString(36).slice(-6);

export function check(condition, what) {
  if (!condition) throw new Error("check failed: " + what);
}

export async function shot(page, name) {
  await page.screenshot({ path: join(shots, name + ".png") });
}

/**
 * Runs the steps with a fresh Chromium; `step(name)` names what is being checked, so a failure
 * says where it happened, and every open page is photographed.
 */
export async function scenario(title, body, { args = [] } = {}) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...args,
    ],
    // Playwright gives each launch a fresh, empty user data directory of its own.
  });
  let current = "start";
  const step = (name) => {
    current = name;
  };
  try {
    await body(browser, step);
    step("no page error and no Content-Security-Policy violation on any page");
    check(troubles.length === 0, troubles.join("; "));
    console.log(`${title}: every step held`);
  } catch (error) {
    console.error(`${title} failed at "${current}": ${error.message}`);
    process.exitCode = 1;
    let n = 0;
    for (const context of browser.contexts()) {
      for (const page of context.pages()) {
        await page.screenshot({ path: join(shots, `failed-${title.replaceAll(" ", "-")}-${++n}.png`) }).catch(() => {});
      }
    }
  } finally {
    await browser.close();
  }
}

/** A new browser context (its own storage: a different person or machine) with one page. */
export async function person(browser, viewport = DESKTOP, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  context.on("page", watch);
  const page = await context.newPage();
  return page;
}

/** What the page must never do: throw, or trip its own Content-Security-Policy. */
const troubles = [];

function watch(page) {
  page.on("pageerror", (error) => troubles.push("page error: " + error.message));
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) troubles.push("CSP violation: " + message.text());
  });
}

export async function register(page, name) {
  await page.goto(base + "/");
  await page.getByLabel("Username", { exact: true }).fill(name);
  await page.getByLabel("Password", { exact: true }).fill("password-" + name);
  await page.getByRole("button", { name: "Register" }).click();
  await page.locator("#chat").waitFor({ state: "visible", timeout: WAIT });
  await connected(page);
}

/** One registered person per name, each in a browser context of their own, in order. */
export async function signUp(browser, ...names) {
  const pages = [];
  for (const name of names) {
    const page = await person(browser);
    await register(page, name);
    pages.push(page);
  }
  return pages;
}

export async function logIn(page, name) {
  await page.goto(base + "/");
  await page.getByLabel("Username", { exact: true }).fill(name);
  await page.getByLabel("Password", { exact: true }).fill("password-" + name);
  await page.getByRole("button", { name: "Log in" }).click();
  await connected(page);
}

export async function connected(page) {
  await page.waitForFunction(() => document.body.dataset.connected === "true", null, { timeout: WAIT });
}

export async function openDirect(page, other) {
  await page.getByLabel("Chat with", { exact: true }).fill(other);
  await page.getByRole("button", { name: "Open", exact: true }).click();
  await page.locator("#conversation").waitFor({ state: "visible", timeout: WAIT });
}

export async function send(page, text) {
  await page.locator("#text").fill(text);
  await page.locator("#text").press("Enter");
}

/** The texts of the open conversation's messages, and whether any is still pending or failed. */
export async function shown(page) {
  return page.$$eval("#messages li", (items) =>
    items.map((item) => ({
      text: item.querySelector(".text")?.textContent,
      seq: item.dataset.seq,
      pending: item.classList.contains("pending"),
      failed: item.classList.contains("failed"),
    })),
  );
}

/** Waits until the open conversation shows exactly these texts, all stored. */
export async function waitForTexts(page, texts) {
  await page.waitForFunction(
    (expected) => {
      const items = [...document.querySelectorAll("#messages li")];
      const got = items.map((item) => item.querySelector(".text")?.textContent);
      return (
        got.length === expected.length &&
        got.every((text, i) => text === expected[i]) &&
        items.every((item) => item.dataset.seq !== undefined)
      );
    },
    texts,
    { timeout: WAIT },
  );
}

/** The open conversation's message bubble holding this text. */
export function bubble(page, text) {
  return page.locator("#messages li", { hasText: text });
}

/** Clicks one of a message's own buttons (Reply, Star, Edit, Recall), shown on hover. */
export async function messageAction(page, text, action) {
  const item = bubble(page, text).last();
  await item.hover();
  await item.getByRole("button", { name: action }).click();
}

export function conversationButton(page, title) {
  return page.locator("#conversations button", { has: page.locator(".name", { hasText: title }) });
}

export async function badgeOf(page, title) {
  const badge = conversationButton(page, title).locator(".badge");
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

/** The order of the conversation list, by title. */
export async function listOrder(page) {
  return page.$$eval("#conversations .name", (names) => names.map((name) => name.textContent));
}

/** A REST call as the page's signed-in user, from inside the page. */
export async function apiAs(page, method, path, body) {
  return page.evaluate(
    async ([method, path, body]) => {
      const response = await fetch(path, {
        method,
        headers: {
          Authorization: "Bearer " + localStorage.getItem("lynx.token"),
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    [method, path, body],
  );
}

/** Makes two users friends through the page's own friend panel: a request, then an accept. */
export async function befriend(requester, addressee, addresseeName) {
  await requester.getByRole("button", { name: /^Friends/ }).click();
  await requester.getByLabel("Find a user by username").fill(addresseeName);
  await requester.getByRole("button", { name: "Find", exact: true }).click();
  await requester.getByRole("button", { name: "Add friend" }).click();
  await requester.locator("#outgoing-requests li", { hasText: addresseeName }).waitFor({ timeout: WAIT });
  await requester.getByRole("button", { name: "Close" }).first().click();
  await addressee.locator("#requests-badge:not([hidden])").waitFor({ timeout: WAIT });
  await addressee.getByRole("button", { name: /^Friends/ }).click();
  await addressee.getByRole("button", { name: /^Accept the request/ }).click();
  await addressee.locator("#friend-list li").first().waitFor({ timeout: WAIT });
  await addressee.keyboard.press("Escape");
}
