import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import sharp, { type Sharp } from 'sharp';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_REACTION,
  asOk,
  axeViolations,
  boxOf,
  createDirect,
  launchBrowser,
  login,
  ME,
  MESSAGES_WITH_ATTACHMENTS,
  openPage,
  overlaps,
  send,
  SEND_MESSAGE,
  signInThroughUi,
  Stack,
  startWeb,
  uniqueEmail,
  uploadFile,
  type Session,
  type WebApp,
  settleAll,
  focusedTestId,
} from '#testing';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const SHOTS = 'docs/screenshots';
/** The gateway's upload limit in this stack: small, so that a too large picture is cheap to make. */
const MAX_BYTES = 400_000;

interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const flat = (width: number, height: number, r: number, g: number, b: number) => sharp({ create: { width, height, channels: 3, background: { r, g, b } } });
const noisy = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 }, noise: { type: 'gaussian', mean: 128, sigma: 60 } } });
const png = async (name: string, image: Sharp): Promise<TestFile> => ({ name, mimeType: 'image/png', buffer: await image.png().toBuffer() });

/** Browser code (a string: the tests compile without the DOM library) making Files of `files`. */
const filesInPage = (files: TestFile[]) =>
  `[${files
    .map(
      (f) =>
        `new File([Uint8Array.from(atob(${JSON.stringify(f.buffer.toString('base64'))}), (c) => c.charCodeAt(0))], ${JSON.stringify(f.name)}, { type: ${JSON.stringify(f.mimeType)} })`,
    )
    .join(', ')}]`;

/** Pastes files into the message box as the browser does for a pasted picture; answers whether the app took them. */
const paste = (page: Page, files: TestFile[]) =>
  page.evaluate<boolean>(`(() => {
    const data = new DataTransfer();
    for (const f of ${filesInPage(files)}) data.items.add(f);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.querySelector('[data-testid="composer-input"]').dispatchEvent(event);
    return event.defaultPrevented;
  })()`);

/** Drags files over the conversation (dragenter, dragover); `drop` finishes it. */
const dragOver = (page: Page, files: TestFile[]) =>
  page.evaluate(`(() => {
    const data = new DataTransfer();
    for (const f of ${filesInPage(files)}) data.items.add(f);
    window.__dropData = data;
    const target = document.querySelector('[data-testid="messages"]');
    for (const type of ['dragenter', 'dragover']) target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  })()`);
const drop = (page: Page) =>
  page.evaluate<boolean>(`(() => {
    const event = new DragEvent('drop', { dataTransfer: window.__dropData, bubbles: true, cancelable: true });
    document.querySelector('[data-testid="messages"]').dispatchEvent(event);
    return event.defaultPrevented;
  })()`);

/** Picks files with the composer's "Attach pictures" button and the browser's file chooser. */
async function attach(page: Page, files: TestFile[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach pictures' }).click();
  await (await chooser).setFiles(files.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: f.buffer })));
}

const focusInLightbox = (page: Page) => page.evaluate<boolean>('!!document.querySelector(\'[data-testid="lightbox"]\')?.contains(document.activeElement)');
/** The pixel width the browser decoded, 0 while an image has not loaded (or failed). */
const naturalWidth = (img: Locator) => img.evaluate((el) => (el as unknown as { complete: boolean; naturalWidth: number }).naturalWidth);

describe('web app: pictures in messages', () => {
  let stack: Stack | undefined;
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  const errors: string[] = [];
  let me: Session;
  let friend: Session;
  let direct: string;
  let red: TestFile;
  let blue: TestFile;
  let green: TestFile;
  let big: TestFile;

  const newPage = (viewport: { width: number; height: number }, options: { hasTouch?: boolean } = {}) => openPage(browser!, errors, { viewport, ...options });
  const apiMessages = async (chatId = direct) => (await asOk(stack!, me, MESSAGES_WITH_ATTACHMENTS, { chatId, limit: 50 })).messages.messages;
  const chatItem = (page: Page, chatId = direct) => page.locator(`[data-testid="chat-item"][data-chat-id="${chatId}"]`);
  /** A server message of the open chat that has pictures, by its caption (or the newest one without). */
  const pictureMessage = (page: Page, caption?: string) => {
    const all = page.locator('[data-testid="message"]:not([data-pending])').filter({ has: page.getByTestId('message-pictures') });
    return caption ? all.filter({ has: page.getByTestId('message-text').getByText(caption, { exact: true }) }) : all.last();
  };

  beforeAll(async () => {
    stack = await Stack.start({
      env: {
        RATE_LIMIT_USER_PER_MINUTE: '1000',
        LOGIN_CODE_COOLDOWN_SECONDS: '0',
        LOGIN_CODES_PER_EMAIL_PER_HOUR: '50',
        UPLOADS_PER_MINUTE: '200',
        UPLOAD_MAX_BYTES: String(MAX_BYTES),
      },
    });
    [web, browser] = await Promise.all([startWeb(stack.gatewayUrl), launchBrowser()]);
    mkdirSync(SHOTS, { recursive: true });
    [me, friend] = await Promise.all([login(stack, uniqueEmail('lena')), login(stack, uniqueEmail('omar'))]);
    direct = (await createDirect(stack, friend, me.userId)).id;
    await send(stack, friend, direct, 'Send me the pictures from the trip!');
    [red, blue, green, big] = await Promise.all([
      png('red.png', flat(300, 200, 220, 60, 60)),
      png('blue.png', flat(200, 300, 40, 90, 220)),
      png('green.png', flat(240, 240, 40, 170, 90)),
      png('noisy.png', noisy(300, 200)),
    ]);
    expect(big.buffer.length).toBeGreaterThan(100_000);
    expect(big.buffer.length).toBeLessThan(MAX_BYTES);
  });

  afterAll(async () => {
    await settleAll([browser?.close(), web?.stop(), stack?.stop()]);
  });

  it('desktop: attach, paste and drop pictures; progress shows while they upload; one is removed; the caption and pictures go as one message the friend sees live', async () => {
    const page = await newPage(DESKTOP);
    const friendPage = await newPage(DESKTOP);
    await Promise.all([
      signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email),
      signInThroughUi(friendPage, web!.url, stack!.mailbox.httpUrl, friend.email),
    ]);
    await chatItem(page).click();
    await chatItem(friendPage).click();
    const send = page.getByTestId('composer-send');
    const items = page.getByTestId('picture-item');
    const progress = page.getByTestId('picture-progress');

    // Slow uploads (Chromium's own network throttling) so that the progress can be seen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 60 * 1024 });
    await attach(page, [big, red, blue]);
    await expect.poll(() => items.count()).toBe(3);
    await progress.first().waitFor();
    expect(await page.getByTestId('picture-status').innerText()).toMatch(/^Uploading \d of 3 pictures… \d{1,3}%$/);
    expect(Number(await page.locator('[data-name="noisy.png"] [data-testid="picture-progress"]').getAttribute('value'))).toBeLessThan(100);
    expect(await send.isDisabled()).toBe(true);
    // Enter does not send while pictures upload either.
    await page.getByTestId('composer-input').press('Enter');
    // The progress goes when the uploads are done; the send button waits for them.
    await expect.poll(() => progress.count(), { timeout: 30000 }).toBe(0);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    expect(await items.evaluateAll((els) => els.map((e) => (e as unknown as { dataset: { state: string } }).dataset.state))).toEqual(['done', 'done', 'done']);
    expect(await page.getByTestId('picture-status').textContent()).toBe('');
    expect(await send.isDisabled()).toBe(false);
    expect((await apiMessages()).filter((m) => m.type === 'IMAGE')).toEqual([]);

    // Each preview can be removed.
    await page.getByRole('button', { name: 'Remove blue.png' }).click();
    await expect
      .poll(() => items.evaluateAll((els) => els.map((e) => (e as unknown as { dataset: { name: string } }).dataset.name)))
      .toEqual(['noisy.png', 'red.png']);

    // A pasted picture joins them.
    expect(await paste(page, [{ ...green, name: '' }])).toBe(true);
    await page.locator('[data-testid="picture-item"][data-name="pasted-3.png"][data-state="done"]').waitFor();

    // So does one dropped on the conversation, which shows that it takes it while dragged over.
    await dragOver(page, [blue]);
    await page.locator('[data-testid="message-view"].dropping-pictures').waitFor();
    expect(await drop(page)).toBe(true);
    await page.locator('[data-testid="message-view"]:not(.dropping-pictures)').waitFor();
    await page.locator('[data-testid="picture-item"][data-name="blue.png"][data-state="done"]').waitFor();
    await expect.poll(() => items.count()).toBe(4);

    await page.getByTestId('composer-input').fill('Beach day');
    await send.click();
    const mine = pictureMessage(page, 'Beach day');
    await mine.waitFor();
    await page.getByTestId('picture-draft').waitFor({ state: 'detached' });
    expect(await page.getByTestId('composer-input').inputValue()).toBe('');

    // The API has one IMAGE message with the four pictures, in order, and the caption.
    const sent = (await apiMessages()).filter((m) => m.type === 'IMAGE');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ text: 'Beach day', sender: { id: me.userId } });
    expect(sent[0].attachments.map((a) => [a.width, a.height])).toEqual([
      [300, 200],
      [300, 200],
      [240, 240],
      [200, 300],
    ]);

    // The friend sees the thumbnails live, in a grid (space kept: square cells), all loaded.
    const theirs = pictureMessage(friendPage, 'Beach day');
    await theirs.waitFor();
    const thumbs = theirs.getByTestId('message-picture');
    expect(await thumbs.count()).toBe(4);
    expect(await theirs.getByTestId('message-pictures').getAttribute('data-count')).toBe('4');
    for (let i = 0; i < 4; i++) {
      await expect.poll(() => naturalWidth(thumbs.nth(i).locator('img'))).toBeGreaterThan(0);
      const box = await boxOf(thumbs.nth(i));
      expect(Math.abs(box.width - box.height)).toBeLessThanOrEqual(1);
    }
    expect(await thumbs.nth(1).locator('img').getAttribute('alt')).toBe('Picture 2 of 4: Beach day');
    expect(await chatItem(friendPage).getByTestId('chat-last-message').innerText()).toBe('Beach day');

    // A picture alone, no caption: the chat list says "Photo"; its thumbnail keeps the picture's shape.
    await attach(page, [red]);
    await page.locator('[data-testid="picture-item"][data-state="done"]').waitFor();
    await page.getByTestId('composer-input').press('Enter');
    await page.getByTestId('picture-draft').waitFor({ state: 'detached' });
    await chatItem(page)
      .getByTestId('chat-last-message')
      .filter({ hasText: /^You: Photo$/ })
      .waitFor();
    await chatItem(friendPage)
      .getByTestId('chat-last-message')
      .filter({ hasText: /^Photo$/ })
      .waitFor();
    const single = friendPage.getByTestId('message-pictures').last();
    await expect.poll(() => single.getAttribute('data-count')).toBe('1');
    // Within a pixel: the browser reports boxes snapped to device pixels, so 280 can read as 280.5.
    const singleBox = await boxOf(single.getByTestId('message-picture'));
    expect(Math.abs(singleBox.width - 280)).toBeLessThanOrEqual(1);
    expect(Math.abs(singleBox.height - (280 * 200) / 300)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  it('desktop: the viewer opens the full picture; Right and Left go between the pictures, Tab stays inside, Escape closes and focus returns; no axe violations', async () => {
    const page = await newPage(DESKTOP);
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, friend.email);
    const beach = (await apiMessages()).find((m) => m.text === 'Beach day')!;
    // Reactions on the picture message and on a text one, for the screenshots.
    await asOk(stack!, friend, ADD_REACTION, { messageId: beach.id, emoji: '❤️' });
    await asOk(stack!, me, ADD_REACTION, { messageId: beach.id, emoji: '🎉' });
    const text = (await apiMessages()).find((m) => m.text === 'Send me the pictures from the trip!')!;
    await asOk(stack!, me, ADD_REACTION, { messageId: text.id, emoji: '👍' });

    await chatItem(page).click();
    const message = pictureMessage(page, 'Beach day');
    await message.getByTestId('reaction').nth(1).waitFor();
    const thumbs = message.getByTestId('message-picture');
    for (let i = 0; i < 4; i++) await expect.poll(() => naturalWidth(thumbs.nth(i).locator('img'))).toBeGreaterThan(0);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/conversation-images-desktop.png` });

    await thumbs.nth(1).click();
    const lightbox = page.getByRole('dialog', { name: `Pictures from ${(await asOk(stack!, me, ME)).me.name}` });
    await lightbox.waitFor();
    const image = page.getByTestId('lightbox-image');
    const count = page.getByTestId('lightbox-count');
    expect(await count.innerText()).toBe('2 of 4');
    expect(await image.getAttribute('src')).toMatch(/\/media\/.+\?exp=\d+&sig=/);
    expect(await image.getAttribute('alt')).toBe('Picture 2 of 4: Beach day');
    expect(await page.getByTestId('lightbox-caption').innerText()).toBe('Beach day');
    await expect.poll(() => naturalWidth(image)).toBe(300);
    expect(await focusInLightbox(page)).toBe(true);

    await page.keyboard.press('ArrowRight');
    await count.filter({ hasText: '3 of 4' }).waitFor();
    await expect.poll(() => naturalWidth(image)).toBe(240);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await count.filter({ hasText: '1 of 4' }).waitFor();
    // Round at the ends.
    await page.keyboard.press('ArrowLeft');
    await count.filter({ hasText: '4 of 4' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await count.filter({ hasText: '1 of 4' }).waitFor();
    await page.getByTestId('lightbox-next').click();
    await count.filter({ hasText: '2 of 4' }).waitFor();

    // Tab and Shift+Tab stay in the viewer.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press(i < 4 ? 'Tab' : 'Shift+Tab');
      expect(await focusInLightbox(page)).toBe(true);
    }
    await expect.poll(() => naturalWidth(image)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    // The picture is inside the window, clear of the buttons.
    const imageBox = await boxOf(image);
    expect(imageBox.y).toBeGreaterThanOrEqual(0);
    expect(imageBox.y + imageBox.height).toBeLessThanOrEqual(DESKTOP.height);
    expect(overlaps(imageBox, await boxOf(page.getByTestId('lightbox-close')))).toBe(false);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/lightbox-desktop.png` });

    await page.keyboard.press('Escape');
    await lightbox.waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('message-picture');
    expect(await page.evaluate<string | null>('document.activeElement.dataset.attachmentId')).toBe(beach.attachments[1].id);
    // A click on the dark backdrop closes it too.
    await thumbs.nth(0).click();
    await lightbox.waitFor();
    await page.mouse.click(5, DESKTOP.height / 2);
    await lightbox.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('desktop: a too large picture and a file that is no picture each show their error next to them; nothing is sent until they are removed', async () => {
    const page = await newPage(DESKTOP);
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    await chatItem(page).click();
    const before = (await apiMessages()).length;
    const huge = await png('huge.png', noisy(600, 400));
    expect(huge.buffer.length).toBeGreaterThan(MAX_BYTES);
    const notes: TestFile = { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture at all\n'.repeat(50)) };

    await attach(page, [huge, notes, green]);
    const hugeItem = page.locator('[data-testid="picture-item"][data-name="huge.png"]');
    const notesItem = page.locator('[data-testid="picture-item"][data-name="notes.txt"]');
    await hugeItem.getByTestId('picture-error').filter({ hasText: 'Too large: a picture can be at most 391 KB.' }).waitFor();
    await notesItem.getByTestId('picture-error').filter({ hasText: 'Not a picture: Parley takes JPEG, PNG, WebP and GIF images.' }).waitFor();
    expect(await hugeItem.getAttribute('data-state')).toBe('failed');
    await page.locator('[data-testid="picture-item"][data-name="green.png"][data-state="done"]').waitFor();
    // The good one is uploaded, but nothing goes while failed ones are there.
    const send = page.getByTestId('composer-send');
    expect(await send.isDisabled()).toBe(true);
    await page.getByTestId('composer-input').fill('Only the good one');
    await page.getByTestId('composer-input').press('Enter');
    expect(await page.getByTestId('picture-status').innerText()).toMatch(/Remove the pictures that did not upload/);
    expect(await axeViolations(page)).toEqual([]);
    expect((await apiMessages()).length).toBe(before);

    // Trying the too large one again fails the same way.
    await hugeItem.getByTestId('picture-retry').click();
    await hugeItem.getByTestId('picture-error').filter({ hasText: 'Too large' }).waitFor();

    await page.getByRole('button', { name: 'Remove huge.png' }).click();
    await page.getByRole('button', { name: 'Remove notes.txt' }).click();
    await expect.poll(() => send.isDisabled()).toBe(false);
    await send.click();
    await pictureMessage(page, 'Only the good one').waitFor();
    const after = await apiMessages();
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({ type: 'IMAGE', text: 'Only the good one' });
    expect(after.at(-1)!.attachments).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('desktop: choosing more than 10 pictures keeps 10 and says so; the 10 go as one message', async () => {
    const page = await newPage(DESKTOP);
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    await chatItem(page).click();
    const eleven = await Promise.all(Array.from({ length: 11 }, (_, i) => png(`p${i + 1}.png`, flat(60 + i, 40, 20 * i, 100, 200 - 10 * i))));
    await attach(page, eleven);
    await page.getByTestId('picture-limit').filter({ hasText: 'A message can have at most 10 pictures: 1 picture was left out.' }).waitFor();
    const items = page.getByTestId('picture-item');
    expect(await items.count()).toBe(10);
    expect(await page.locator('[data-testid="picture-item"][data-name="p11.png"]').count()).toBe(0);
    // Pasting one more is refused the same way.
    await paste(page, [eleven[10]]);
    expect(await items.count()).toBe(10);
    await page.getByTestId('picture-limit').waitFor();
    await expect.poll(() => page.locator('[data-testid="picture-item"][data-state="done"]').count()).toBe(10);
    await page.getByTestId('composer-input').fill('Ten at once');
    await page.getByTestId('composer-send').click();
    const message = pictureMessage(page, 'Ten at once');
    await message.waitFor();
    expect(await message.getByTestId('message-picture').count()).toBe(10);
    const sent = (await apiMessages()).at(-1)!;
    expect(sent.attachments.map((a) => a.width)).toEqual(eleven.slice(0, 10).map((_, i) => 60 + i));
    expect(errors).toEqual([]);
  });

  it('desktop: a picture whose link fails to load (expired) asks for the message again and then shows', async () => {
    const page = await newPage(DESKTOP);
    // A message of its own, sent through the API: two pictures and a caption.
    const uploads = await Promise.all(
      [red, green].map(async (f) => {
        const r = await uploadFile(stack!.gatewayUrl, me.accessToken, f.buffer, { filename: f.name, type: f.mimeType });
        expect(r.status).toBe(201);
        return r.body.id as string;
      }),
    );
    await asOk(stack!, me, SEND_MESSAGE, { input: { chatId: direct, clientId: randomUUID(), text: 'Old links', attachmentIds: uploads } });
    const sent = (await apiMessages()).find((m) => m.text === 'Old links')!;
    const key = new URL(sent.attachments[0].thumbnailUrl).pathname;
    // The browser's first request for this thumbnail carries an expired link: the gateway refuses it (403).
    let refused = 0;
    await page.route(
      (url) => url.pathname === key,
      async (route) => {
        if (refused) return route.continue();
        refused++;
        const expired = new URL(route.request().url());
        expired.searchParams.set('exp', String(Math.floor(Date.now() / 1000) - 60));
        await route.continue({ url: expired.toString() });
      },
    );
    const refetches: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && (r.postData() ?? '').includes('MessageById')) refetches.push(r.postData()!);
    });
    const statuses: number[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname === key) statuses.push(r.status());
    });
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    await chatItem(page).click();
    const pictures = pictureMessage(page, 'Old links').getByTestId('message-picture');
    // The picture is put back in the page once the message came again: read it afresh each time.
    await expect.poll(() => naturalWidth(pictures.first().locator('img')).catch(() => 0)).toBeGreaterThan(0);
    // One refused try (the page then asked for the message once), then the picture loaded.
    expect(refused).toBe(1);
    expect(statuses.at(-1)).toBe(200);
    expect(refetches).toHaveLength(1);
    expect(refetches[0]).toContain(sent.id);
    await expect.poll(() => naturalWidth(pictures.nth(1).locator('img'))).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('phone: pictures fit the window; the viewer fills it, its buttons do not cover the picture, and it passes axe', async () => {
    const page = await newPage(PHONE, { hasTouch: true });
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    await chatItem(page).tap();
    await attach(page, [red, blue]);
    await expect.poll(() => page.locator('[data-testid="picture-item"][data-state="done"]').count()).toBe(2);
    const strip = await boxOf(page.getByTestId('picture-strip'));
    expect(strip.x + strip.width).toBeLessThanOrEqual(PHONE.width);
    await page.getByTestId('composer-input').fill('From my phone');
    await page.getByTestId('composer-send').tap();
    const message = pictureMessage(page, 'From my phone');
    await message.waitFor();
    const thumbs = message.getByTestId('message-picture');
    for (let i = 0; i < 2; i++) {
      await expect.poll(() => naturalWidth(thumbs.nth(i).locator('img'))).toBeGreaterThan(0);
      const box = await boxOf(thumbs.nth(i));
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    // The friend's reaction shows under the pictures, inside the window.
    const sent = (await apiMessages()).at(-1)!;
    expect(sent).toMatchObject({ type: 'IMAGE', text: 'From my phone' });
    await asOk(stack!, friend, ADD_REACTION, { messageId: sent.id, emoji: '❤️' });
    const reaction = message.getByTestId('reaction');
    await reaction.waitFor();
    expect((await boxOf(reaction)).y).toBeGreaterThan((await boxOf(thumbs.nth(0))).y);
    await page.evaluate('document.querySelector(\'[data-testid="messages"]\').scrollTop = 1e6');
    await page.screenshot({ path: `${SHOTS}/conversation-images-phone.png` });

    await thumbs.nth(0).tap();
    await page.getByTestId('lightbox').waitFor();
    const image = page.getByTestId('lightbox-image');
    await expect.poll(() => naturalWidth(image)).toBe(300);
    const imageBox = await boxOf(image);
    expect(imageBox.x).toBeGreaterThanOrEqual(0);
    expect(imageBox.x + imageBox.width).toBeLessThanOrEqual(PHONE.width);
    expect(imageBox.y + imageBox.height).toBeLessThanOrEqual(PHONE.height);
    for (const id of ['lightbox-prev', 'lightbox-next', 'lightbox-close']) {
      const box = await boxOf(page.getByTestId(id));
      expect(overlaps(box, imageBox)).toBe(false);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('lightbox-next').tap();
    await page.getByTestId('lightbox-count').filter({ hasText: '2 of 2' }).waitFor();
    await expect.poll(() => naturalWidth(image)).toBe(200);
    await page.getByTestId('lightbox-close').tap();
    await page.getByTestId('lightbox').waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('message-picture');
    expect(errors).toEqual([]);
  });
});
