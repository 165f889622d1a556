import { mkdirSync } from 'node:fs';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asOk,
  boxOf,
  chatOf,
  createDirect,
  createGroup,
  launchBrowser,
  openPage,
  login,
  messageWith,
  overlaps,
  readMail,
  send,
  signInThroughUi,
  Stack,
  startWeb,
  storedSession,
  uniqueEmail,
  UPDATE_PROFILE,
  waitForLoginCode,
  type Session,
  type WebApp,
  settleAll,
} from '#testing';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const SHOTS = 'docs/screenshots';

/** The computed opacity of an element (the tests compile without the DOM library). */
const opacityOf = (l: Locator) =>
  l.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } }).getComputedStyle(el).opacity);

/** Whether an element's content is wider than the element (cut off, with an ellipsis if styled so). */
const cutOff = (l: Locator) =>
  l.evaluate((el) => {
    const e = el as unknown as { scrollWidth: number; clientWidth: number };
    return e.scrollWidth > e.clientWidth;
  });

const LONG_PREVIEW =
  'This is a deliberately long last message, the kind people paste from somewhere else, with no early line break at all so that the preview has to be cut off';

describe('web app: layout, dialogs, session and login defects', () => {
  let stack: Stack | undefined;
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  const errors: string[] = [];

  const newPage = (viewport: { width: number; height: number }, options: { hasTouch?: boolean } = {}) => openPage(browser!, errors, { viewport, ...options });

  /** A person who uses the web app, signed in through its login screen, and their API session. */
  let me: Session;
  let friend: Session;
  let third: Session;
  let direct: string;
  let group: string;

  beforeAll(async () => {
    // Several sign-ins of one address in a row: no cooldown between its codes.
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000', LOGIN_CODE_COOLDOWN_SECONDS: '0', LOGIN_CODES_PER_EMAIL_PER_HOUR: '50' } });
    [web, browser] = await Promise.all([startWeb(stack.gatewayUrl), launchBrowser()]);
    mkdirSync(SHOTS, { recursive: true });
    [me, friend, third] = await Promise.all([login(stack, uniqueEmail('mia')), login(stack, uniqueEmail('finn')), login(stack, uniqueEmail('tess'))]);
    direct = (await createDirect(stack, friend, me.userId)).id;
    group = (await createGroup(stack, friend, 'Weekend trip', [me.userId, third.userId])).id;
    await send(stack, third, group, 'Who brings the tent? I can bring the stove and two sleeping bags.');
    await send(stack, friend, direct, 'Short one first');
    await send(stack, friend, direct, LONG_PREVIEW);
  });

  afterAll(async () => {
    await settleAll([browser?.close(), web?.stop(), stack?.stop()]);
  });

  /** Nothing on the page is wider than the window, and these elements are wholly inside it. */
  async function expectInsideWindow(page: Page, testIds: string[]): Promise<void> {
    const { width } = page.viewportSize()!;
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
    for (const id of testIds) {
      const box = await boxOf(page.getByTestId(id).first());
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(width);
    }
  }

  for (const [label, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`${label} (${viewport.width}×${viewport.height}): a long last message keeps the chat list inside the window; Log out, times and badges show`, async () => {
      const page = await newPage(viewport);
      await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
      const item = page.locator(`[data-testid="chat-item"][data-chat-id="${direct}"]`);
      await item.getByTestId('chat-last-message').filter({ hasText: 'deliberately long' }).waitFor();
      await item.getByTestId('unread-badge').waitFor();
      await expectInsideWindow(page, ['logout', 'chat-list', 'chat-item', 'unread-badge', 'chat-time']);
      // The preview is cut with an ellipsis, not the row.
      const preview = item.getByTestId('chat-last-message');
      expect(await cutOff(preview)).toBe(true);
      expect(await cutOff(page.getByTestId('logout'))).toBe(false);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `${SHOTS}/chat-list-${label}.png` });

      // The conversation, with the group's sender names, fits too.
      await page.locator(`[data-testid="chat-item"][data-chat-id="${group}"]`).click();
      await messageWith(page, 'Who brings the tent? I can bring the stove and two sleeping bags.').waitFor();
      // A text of this viewport's own: the other one's message in the same group must not
      // satisfy the wait (nor make it ambiguous when both are shown).
      const mine = `I bring the tent (${label})`;
      await page.getByTestId('composer-input').fill(mine);
      await page.getByTestId('composer-input').press('Enter');
      await messageWith(page, mine, true).waitFor();
      await expectInsideWindow(page, ['chat-header', 'messages', 'composer-input', 'composer-send']);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: `${SHOTS}/conversation-${label}.png` });
      expect(errors).toEqual([]);
    });
  }

  it('desktop: the hover actions cover neither the text nor the sender; "Delete for everyone?" sits under the message, its buttons apart', async () => {
    const page = await newPage(DESKTOP);
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    await page.locator(`[data-testid="chat-item"][data-chat-id="${group}"]`).click();
    const theirs = messageWith(page, 'Who brings the tent? I can bring the stove and two sleeping bags.', false);
    await theirs.hover();
    const bar = theirs.getByTestId('message-actions');
    await expect.poll(() => opacityOf(bar)).toBe('1');
    const barBox = await boxOf(bar);
    expect(overlaps(barBox, await boxOf(theirs.locator('.sender')))).toBe(false);
    expect(overlaps(barBox, await boxOf(theirs.getByTestId('message-text')))).toBe(false);
    expect(barBox.x + barBox.width).toBeLessThanOrEqual(DESKTOP.width);

    await page.getByTestId('composer-input').fill('Posted in the wrong chat');
    await page.getByTestId('composer-input').press('Enter');
    const mine = messageWith(page, 'Posted in the wrong chat', true);
    await mine.waitFor();
    await mine.hover();
    const ownBar = mine.getByTestId('message-actions');
    await expect.poll(() => opacityOf(ownBar)).toBe('1');
    expect(overlaps(await boxOf(ownBar), await boxOf(mine.getByTestId('message-text')))).toBe(false);
    await mine.getByTestId('message-action-delete').click();
    await expectConfirmClear(page, mine);
    await mine.getByTestId('confirm-delete').click();
    await messageWith(page, 'This message was deleted', true).waitFor();
    expect(errors).toEqual([]);
  });

  /** The confirmation shows, does not cover the bubble, and its two buttons do not overlap; Cancel has the focus. */
  async function expectConfirmClear(page: Page, message: ReturnType<typeof messageWith>): Promise<void> {
    const box = message.getByTestId('confirm-delete-box');
    await box.waitFor();
    const [confirm, bubble, cancelBtn, deleteBtn] = await Promise.all([
      boxOf(box),
      boxOf(message.locator('.bubble')),
      boxOf(message.getByTestId('cancel-delete')),
      boxOf(message.getByTestId('confirm-delete')),
    ]);
    expect(overlaps(confirm, bubble)).toBe(false);
    expect(overlaps(cancelBtn, deleteBtn)).toBe(false);
    for (const b of [confirm, cancelBtn, deleteBtn]) expect(b.x + b.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(cancelBtn.height).toBeGreaterThanOrEqual(28);
    expect(await page.evaluate<string | null>('document.activeElement?.dataset.testid ?? null')).toBe('cancel-delete');
  }

  it('phone (touch): a tap shows the actions under the message, not over it; the confirmation too', async () => {
    const page = await newPage(PHONE, { hasTouch: true });
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    await page.locator(`[data-testid="chat-item"][data-chat-id="${group}"]`).click();
    const theirs = messageWith(page, 'Who brings the tent? I can bring the stove and two sleeping bags.', false);
    await theirs.getByTestId('message-text').tap();
    const bar = theirs.getByTestId('message-actions');
    await bar.waitFor();
    const barBox = await boxOf(bar);
    expect(overlaps(barBox, await boxOf(theirs.locator('.sender')))).toBe(false);
    expect(overlaps(barBox, await boxOf(theirs.getByTestId('message-text')))).toBe(false);
    expect(barBox.x).toBeGreaterThanOrEqual(0);
    expect(barBox.x + barBox.width).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: `${SHOTS}/message-actions-phone.png` });

    await page.getByTestId('composer-input').fill('Wrong chat again');
    await page.getByTestId('composer-input').press('Enter');
    const mine = messageWith(page, 'Wrong chat again', true);
    await mine.waitFor();
    await mine.getByTestId('message-text').tap();
    await mine.getByTestId('message-action-delete').tap();
    await expectConfirmClear(page, mine);
    await page.screenshot({ path: `${SHOTS}/delete-confirm-phone.png` });
    await mine.getByTestId('cancel-delete').tap();
    await mine.getByTestId('confirm-delete-box').waitFor({ state: 'detached' });
    expect(await mine.getByTestId('message-text').innerText()).toBe('Wrong chat again');
    expect(errors).toEqual([]);
  });

  it('new chat dialog: the name hint goes once a name is typed; namesakes show picture and detail; arrows and Enter pick; focus stays inside and comes back', async () => {
    // Five people called Bob Stone.
    const bobs = await Promise.all([1, 2, 3, 4, 5].map(() => login(stack!, uniqueEmail('bob'))));
    await Promise.all(bobs.map((b) => asOk(stack!, b, UPDATE_PROFILE, { input: { name: 'Bob Stone' } })));
    const page = await newPage(DESKTOP);
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);

    // Opened from the keyboard; Tab and Shift+Tab stay in the dialog; Escape closes it and the
    // focus is back on the button that opened it.
    await page.getByTestId('new-chat').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('new-chat-dialog');
    await dialog.waitFor();
    expect(await page.evaluate<string | null>('document.activeElement?.dataset.testid ?? null')).toBe('user-search');
    const focusInDialog = () => page.evaluate<boolean>('document.querySelector(\'[data-testid="new-chat-dialog"]\').contains(document.activeElement)');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(), `after Tab ${i + 1}`).toBe(true);
    }
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInDialog(), `after Shift+Tab ${i + 1}`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate<string | null>('document.activeElement?.dataset.testid ?? null')).toBe('new-chat');

    // A group without a name says so; typing one takes the hint away.
    await page.getByTestId('new-chat').click();
    await page.getByTestId('new-chat-mode-group').click();
    await page.getByTestId('create-group').click();
    expect(await page.getByTestId('new-chat-error').innerText()).toBe('Give the group a name.');
    await page.getByTestId('group-title').fill('Climbing');
    await page.getByTestId('new-chat-error').waitFor({ state: 'detached' });

    // Five results of one name, each with its own picture and a line under the name.
    await page.getByTestId('new-chat-mode-direct').click();
    await page.getByTestId('user-search').fill('Stone');
    const results = page.getByTestId('user-result');
    await expect.poll(() => results.count()).toBe(5);
    const pictures = await results.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as unknown as { src: string }).src));
    expect(new Set(pictures).size).toBe(5);
    for (const detail of await page.getByTestId('user-result-detail').allInnerTexts()) expect(detail.length).toBeGreaterThan(0);
    // The first is highlighted; Down twice, Up once: the second; Enter opens a chat with that one.
    expect(await results.nth(0).getAttribute('data-highlighted')).toBe('true');
    await page.getByTestId('user-search').press('ArrowDown');
    await page.getByTestId('user-search').press('ArrowDown');
    await page.getByTestId('user-search').press('ArrowUp');
    expect(await results.nth(1).getAttribute('aria-selected')).toBe('true');
    const chosen = (await results.nth(1).getAttribute('data-user-id'))!;
    expect(await page.getByTestId('user-search').getAttribute('aria-activedescendant')).toBe(await results.nth(1).getAttribute('id'));
    await page.getByTestId('user-search').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const opened = (await page.getByTestId('message-view').getAttribute('data-chat-id'))!;
    const bob = bobs.find((b) => b.userId === chosen)!;
    expect((await chatOf(stack!, bob, opened)).members.map((m) => m.user.id).sort()).toEqual([me.userId, chosen].sort());

    // An exact address shows that address under the name.
    await page.getByTestId('new-chat').click();
    await page.getByTestId('user-search').fill(bobs[3].email);
    await page
      .locator(`[data-testid="user-result"][data-user-id="${bobs[3].userId}"]`)
      .getByTestId('user-result-detail')
      .filter({ hasText: bobs[3].email })
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/new-chat-dialog-desktop.png` });
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('the "created the group" message is nobody\'s unread message', async () => {
    const page = await newPage(DESKTOP);
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, third.email);
    // Events reach the page live: a message in a chat it knows updates its entry.
    const known = page.locator(`[data-testid="chat-item"][data-chat-id="${group}"]`);
    await send(stack!, friend, group, 'Anyone reading this?');
    await known.getByTestId('chat-last-message').filter({ hasText: 'Anyone reading this?' }).waitFor();
    const fresh = await createGroup(stack!, friend, 'Book club', [me.userId, third.userId]);
    const item = page.locator(`[data-testid="chat-item"][data-chat-id="${fresh.id}"]`);
    await item.getByTestId('chat-last-message').filter({ hasText: 'created the group' }).waitFor();
    expect(await item.getByTestId('unread-badge').count()).toBe(0);
    expect((await chatOf(stack!, me, fresh.id)).unreadCount).toBe(0);
    expect((await chatOf(stack!, third, fresh.id)).unreadCount).toBe(0);
    // A real message after it does count.
    await send(stack!, friend, fresh.id, 'First book: Dune');
    await item.getByTestId('unread-badge').filter({ hasText: /^1$/ }).waitFor();
    expect(errors).toEqual([]);
  });

  it('login page: no developer notes; a wrong code and an expired code are told apart; the page says when the code has expired', async () => {
    const page = await newPage(PHONE);
    await page.clock.install();
    await page.goto(web!.url);
    await page.getByTestId('login-email').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/npm|seed/i);
    const email = uniqueEmail('lena');
    const before = (await readMail(stack!.mailbox.httpUrl, email)).length;
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-request').click();
    await page.getByTestId('login-code').waitFor();
    const code = await waitForLoginCode(stack!.mailbox.httpUrl, email, before + 1);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(await page.getByTestId('login-info').getAttribute('data-expired')).toBe('false');
    expect(await page.getByTestId('login-info').innerText()).toMatch(/works until/);

    await page.getByTestId('login-code').fill(wrong);
    await page.getByTestId('login-verify').click();
    await page.getByTestId('login-error').filter({ hasText: 'That code is not right' }).waitFor();

    // Five minutes later on the page's clock.
    await page.clock.fastForward('05:01');
    await page.locator('[data-testid="login-info"][data-expired="true"]').waitFor();
    expect(await page.getByTestId('login-info').innerText()).toMatch(/has expired/);
    await page.getByTestId('login-code').fill(wrong);
    await page.getByTestId('login-verify').click();
    await page.getByTestId('login-error').filter({ hasText: 'That code has expired' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('after the server lost its data, a reload does not stay signed in as an account that no longer exists', async () => {
    const page = await newPage(DESKTOP);
    const gone = uniqueEmail('gone');
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, gone);
    expect((await storedSession(page)).accessToken).toMatch(/^eyJ/);

    // Wipe: every collection of the stack's database and every Redis key.
    const conn = await mongoose.createConnection(stack!.mongoUrl, { dbName: stack!.dbName }).asPromise();
    try {
      for (const c of await conn.db!.listCollections().toArray()) await conn.db!.collection(c.name).deleteMany({});
    } finally {
      await conn.close();
    }
    const redis = new Redis(stack!.redis.url);
    try {
      await redis.flushall();
    } finally {
      redis.disconnect();
    }

    await page.reload();
    await page.getByTestId('login-email').waitFor();
    expect(await page.getByTestId('login-notice').innerText()).toMatch(/session has ended/i);
    expect(await page.evaluate<string | null>('sessionStorage.getItem("parley.session")')).toBeNull();
  });
});
