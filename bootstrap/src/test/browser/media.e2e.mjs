// Images, files, cards and locations; reply, edit and recall; and content that looks like HTML
// staying text. Two people in two browser contexts.

import { deflateSync } from "node:zlib";
import {
  check, shot, scenario, signUp, openDirect, send, waitForTexts, bubble, messageAction,
  conversationButton, apiAs, WAIT, run,
} from "./lib.mjs";

const alice = "alice_" + run;
const bob = "bob_" + run;

/** A PNG of one colour, made here so the test knows every pixel it should see. */
function png(width, height, [r, g, b]) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [r, g, b]).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The colour at the centre of an image element, read back through a canvas. */
async function centreColour(page, selector) {
  return page.$eval(selector, (image) => {
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(image.naturalWidth >> 1, image.naturalHeight >> 1, 1, 1).data;
    return { r, g, b, width: image.naturalWidth, height: image.naturalHeight };
  });
}

await scenario("media", async (browser, step) => {
  const [alicePage, bobPage] = await signUp(browser, alice, bob);
  await openDirect(alicePage, bob);
  await send(alicePage, "files coming");
  await conversationButton(bobPage, alice).click();
  await waitForTexts(bobPage, ["files coming"]);

  step("alice sends an image; bob sees its thumbnail and opens the full image, pixels and all");
  await alicePage.locator("#attach").setInputFiles({ name: "orange.png", mimeType: "image/png", buffer: png(800, 600, [255, 128, 0]) });
  const thumb = bobPage.locator("#messages img.thumb[src^='blob:']");
  await thumb.waitFor({ timeout: WAIT });
  await bobPage.waitForFunction(() => document.querySelector("#messages img.thumb")?.complete, null, { timeout: WAIT });
  const small = await centreColour(bobPage, "#messages img.thumb");
  check(small.width === 320 && small.height === 240, `the thumbnail is 320x240: ${small.width}x${small.height}`);
  check(Math.abs(small.r - 255) < 12 && Math.abs(small.g - 128) < 12 && small.b < 12, "the thumbnail is orange: " + JSON.stringify(small));
  await shot(bobPage, "30-image-message");
  await bobPage.getByRole("button", { name: "Open image orange.png" }).click();
  await bobPage.waitForFunction(() => document.querySelector("#viewer-image")?.complete && document.querySelector("#viewer-image").naturalWidth > 0, null, { timeout: WAIT });
  const full = await centreColour(bobPage, "#viewer-image");
  check(full.width === 800 && full.height === 600 && full.r === 255 && full.g === 128 && full.b === 0, "the full image arrived: " + JSON.stringify(full));
  await shot(bobPage, "31-image-viewer");
  await bobPage.keyboard.press("Escape");

  step("alice drops a file on the chat; bob sees its name and size and downloads it");
  const notes = "meeting notes\n".repeat(200);
  const dropped = await alicePage.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "notes.txt", { type: "text/plain" }));
    return transfer;
  }, notes);
  await alicePage.locator("#messages").dispatchEvent("drop", { dataTransfer: dropped });
  await bobPage.locator("#messages .file", { hasText: "notes.txt" }).waitFor({ timeout: WAIT });
  check((await bobPage.locator("#messages .file-size").last().textContent()) === "2.7 KB", "the size is shown");
  const [download] = await Promise.all([
    bobPage.waitForEvent("download", { timeout: WAIT }),
    bobPage.getByRole("button", { name: "Download notes.txt" }).click(),
  ]);
  check(download.suggestedFilename() === "notes.txt", "the download keeps the name");
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  check(Buffer.concat(chunks).toString() === notes, "the downloaded bytes are the uploaded ones");

  step("on a slow uplink the upload shows its progress; a voice file arrives as a player");
  const cdp = await alicePage.context().newCDPSession(alicePage);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 256 * 1024,
  });
  await alicePage.locator("#attach").setInputFiles({ name: "hello.ogg", mimeType: "audio/ogg", buffer: Buffer.alloc(768 * 1024, 7) });
  const progress = alicePage.getByRole("progressbar", { name: "Uploading hello.ogg" });
  await progress.waitFor({ timeout: WAIT });
  await alicePage.waitForFunction(() => {
    const bar = document.querySelector("#uploads progress");
    return bar && bar.value > 0 && bar.value < 1;
  }, null, { timeout: WAIT });
  await shot(alicePage, "34-upload-progress");
  await progress.waitFor({ state: "detached", timeout: WAIT });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await bobPage.locator("#messages audio[src^='blob:']").waitFor({ state: "attached", timeout: WAIT });

  step("a contact card and a location render as cards");
  const dm = await alicePage.evaluate(() => location.hash.slice(1));
  for (const [type, content] of [
    [6, { user_id: alice, nickname: "Alice A." }],
    [7, { latitude: 48.8584, longitude: 2.2945, name: "Eiffel Tower", address: "Champ de Mars, Paris" }],
  ]) {
    const sent = await apiAs(alicePage, "POST", `/api/v1/conversations/${encodeURIComponent(decodeURIComponent(dm))}/messages`, {
      msg_id: `card${type}${run}`,
      msg_type: type,
      content: JSON.stringify(content),
    });
    check(sent.status === 200, "the card was sent: " + JSON.stringify(sent));
  }
  await bobPage.locator("#messages .card", { hasText: "Alice A." }).waitFor({ timeout: WAIT });
  await bobPage.locator("#messages .card", { hasText: "Eiffel Tower" }).waitFor({ timeout: WAIT });
  await shot(bobPage, "32-cards");

  step("bob replies to a message; alice sees the quote");
  await messageAction(bobPage, "files coming", "Reply to this message");
  await bobPage.locator("#composer-context", { hasText: "Replying to" }).waitFor({ timeout: WAIT });
  await send(bobPage, "got them, thanks");
  const reply = bubble(alicePage, "got them, thanks");
  await reply.locator("blockquote", { hasText: "files coming" }).waitFor({ timeout: WAIT });

  step("alice edits her text; bob sees the new text marked edited");
  await send(alicePage, "see you at 5");
  await bubble(bobPage, "see you at 5").waitFor({ timeout: WAIT });
  await messageAction(alicePage, "see you at 5", "Edit this message");
  await alicePage.locator("#text").fill("see you at 6");
  await alicePage.locator("#text").press("Enter");
  await bubble(bobPage, "see you at 6").locator(".meta", { hasText: "edited" }).waitFor({ timeout: WAIT });
  check((await bubble(bobPage, "see you at 5").count()) === 0, "the old text is gone");

  step("alice recalls a message; bob sees 'message recalled'");
  await send(alicePage, "oops, wrong chat");
  await bubble(bobPage, "oops, wrong chat").waitFor({ timeout: WAIT });
  await messageAction(alicePage, "oops, wrong chat", "Recall this message");
  await bobPage.locator("#messages li .recalled", { hasText: "message recalled" }).waitFor({ timeout: WAIT });
  check((await bubble(bobPage, "oops, wrong chat").count()) === 0, "the recalled text is gone on bob's side");
  await alicePage.locator("#messages li .recalled").waitFor({ timeout: WAIT });
  await shot(bobPage, "33-recalled");

  step("a message that looks like HTML is shown as text and runs nothing");
  const attack = `<img src=x onerror="window.__xss=1"><b>bold</b>`;
  await send(alicePage, attack);
  await bubble(bobPage, "<img src=x").waitFor({ timeout: WAIT });
  check((await bubble(bobPage, "<img src=x").locator(".text").textContent()) === attack, "the text is shown as typed");
  check((await bobPage.locator("#messages li img:not(.thumb), #messages li b").count()) === 0, "no element was made from it");
  check((await bobPage.evaluate(() => window.__xss)) === undefined, "no script ran");
  const list = await bobPage.locator("#conversations .last").first().textContent();
  check(list.includes("<img src=x"), "the conversation list shows it as text too");
});
