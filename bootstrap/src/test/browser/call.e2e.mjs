// A real call: two browser contexts with Chromium's fake camera and microphone; the callee's two
// devices ring, one accepts, both peer connections reach "connected" over loopback, media flows,
// the caller hangs up, and the call log shows in both timelines.

import {
  check, shot, scenario, person, register, logIn, openDirect, send, waitForTexts, conversationButton,
  WAIT, run,
} from "./lib.mjs";

const alice = "alice_" + run;
const bob = "bob_" + run;

const MEDIA = {
  permissions: ["camera", "microphone"],
};

await scenario(
  "call",
  async (browser, step) => {
    const alicePage = await person(browser, undefined, MEDIA);
    const bobPage = await person(browser, undefined, MEDIA);
    const bobPhone = await person(browser, { width: 390, height: 844 }, MEDIA);
    await register(alicePage, alice);
    await register(bobPage, bob);
    await logIn(bobPhone, bob);
    await openDirect(alicePage, bob);
    await send(alicePage, "call you in a sec");
    await conversationButton(bobPage, alice).click();
    await waitForTexts(bobPage, ["call you in a sec"]);

    step("alice starts a video call; both of bob's devices ring");
    await alicePage.getByRole("button", { name: "Video call" }).click();
    for (const page of [bobPage, bobPhone]) {
      await page.locator("#call-title", { hasText: `Incoming video call from ${alice}` }).waitFor({ timeout: WAIT });
    }
    await alicePage.locator("#call-status", { hasText: "Ringing" }).waitFor({ timeout: WAIT });
    await shot(bobPage, "60-incoming-call");

    step("bob accepts on his computer; his phone stops ringing; both connections reach connected");
    await bobPage.getByRole("button", { name: "Accept" }).click();
    await bobPhone.locator("#call-status", { hasText: "answered on another device" }).waitFor({ timeout: WAIT });
    for (const page of [alicePage, bobPage]) {
      await page.waitForFunction(() => document.body.dataset.callConnection === "connected", null, { timeout: 30_000 });
    }
    for (const page of [alicePage, bobPage]) {
      // Frames of the other side's fake camera arrive and play.
      await page.waitForFunction(() => {
        const video = document.querySelector("#remote-video");
        return video.srcObject && video.videoWidth > 0 && video.currentTime > 0;
      }, null, { timeout: WAIT });
    }
    await alicePage.locator("#call-status", { hasText: "In call with" }).waitFor({ timeout: WAIT });
    await shot(alicePage, "61-in-call");

    step("alice hangs up; both see the call end and its log in the timeline");
    await alicePage.waitForTimeout(1200); // a call that lasted a moment
    await alicePage.getByRole("button", { name: "Hang up" }).click();
    await bobPage.locator("#call-status", { hasText: "Call ended" }).waitFor({ timeout: WAIT });
    for (const page of [alicePage, bobPage]) {
      await page.locator("#messages li .call-log", { hasText: /Video call · 0:0\d/ }).waitFor({ timeout: WAIT });
      await page.waitForFunction(() => document.body.dataset.call === "none", null, { timeout: WAIT });
    }
    await shot(bobPage, "62-call-log");

    step("bob calls back by audio and alice declines: the log says so");
    await bobPage.locator("#call").waitFor({ state: "hidden", timeout: WAIT });
    await bobPage.getByRole("button", { name: "Audio call" }).click();
    await alicePage.locator("#call-title", { hasText: `Incoming audio call from ${bob}` }).waitFor({ timeout: WAIT });
    await alicePage.getByRole("button", { name: "Reject" }).click();
    await bobPage.locator("#call-status", { hasText: "declined" }).waitFor({ timeout: WAIT });
    await bobPage.locator("#messages li .call-log", { hasText: "Audio call declined" }).waitFor({ timeout: WAIT });
    const logs = await alicePage.locator("#messages li .call-log").count();
    check(logs === 2, "two call logs in alice's timeline: " + logs);
  },
  {
    args: [
      "--use-fake-device-for-media-stream",
      "--use-fake-ui-for-media-stream",
      "--allow-loopback-in-peer-connection",
      "--disable-features=WebRtcHideLocalIpsWithMdns",
      "--autoplay-policy=no-user-gesture-required",
    ],
  },
);
