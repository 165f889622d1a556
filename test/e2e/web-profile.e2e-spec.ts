import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asOk,
  axeViolations,
  boxOf,
  createDirect,
  createGroup,
  launchBrowser,
  openPage,
  login,
  ME,
  messageWith,
  overlaps,
  pageOf,
  send,
  signInThroughUi,
  Stack,
  startWeb,
  uniqueEmail,
  type Session,
  type WebApp,
  settleAll,
  focusedTestId,
} from '#testing';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const SHOTS = 'docs/screenshots';

describe('web app: profile (name and avatar) and forwarding', () => {
  let stack: Stack | undefined;
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  const errors: string[] = [];
  let me: Session;
  let friend: Session;
  let third: Session;
  let direct: string;
  let group: string;
  let withThird: string;

  const newPage = (viewport: { width: number; height: number }, options: { hasTouch?: boolean } = {}) => openPage(browser!, errors, { viewport, ...options });

  /** A dialog is wholly inside the window. */
  async function expectInsideWindow(page: Page, testId: string): Promise<void> {
    const { width, height } = page.viewportSize()!;
    const box = await boxOf(page.getByTestId(testId));
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
  }

  beforeAll(async () => {
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000', LOGIN_CODE_COOLDOWN_SECONDS: '0', LOGIN_CODES_PER_EMAIL_PER_HOUR: '50' } });
    [web, browser] = await Promise.all([startWeb(stack.gatewayUrl), launchBrowser()]);
    mkdirSync(SHOTS, { recursive: true });
    [me, friend, third] = await Promise.all([login(stack, uniqueEmail('lena')), login(stack, uniqueEmail('omar')), login(stack, uniqueEmail('rosa'))]);
    direct = (await createDirect(stack, friend, me.userId)).id;
    withThird = (await createDirect(stack, third, me.userId)).id;
    group = (await createGroup(stack, friend, 'Book club', [me.userId, third.userId])).id;
    await send(stack, friend, direct, 'The meeting moved to Thursday at 6');
  });

  afterAll(async () => {
    await settleAll([browser?.close(), web?.stop(), stack?.stop()]);
  });

  it("desktop: the profile dialog renames the viewer; the header changes at once and a friend sees it live; an empty or too long name shows the server's error and changes nothing", async () => {
    const page = await newPage(DESKTOP);
    const friendPage = await newPage(DESKTOP);
    await Promise.all([
      signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email),
      signInThroughUi(friendPage, web!.url, stack!.mailbox.httpUrl, friend.email),
    ]);
    const before = (await asOk(stack!, me, ME)).me.name;
    const friendItem = friendPage.locator(`[data-testid="chat-item"][data-chat-id="${direct}"]`);
    await friendItem.getByTestId('chat-title').filter({ hasText: before }).waitFor();
    await friendItem.click();

    await page.getByTestId('profile-open').click();
    const dialog = page.getByRole('dialog', { name: 'Your profile' });
    await dialog.waitFor();
    expect(await focusedTestId(page)).toBe('profile-name');
    expect(await axeViolations(page)).toEqual([]);

    // Empty: the server refuses it, the dialog says why, nothing changes.
    await page.getByTestId('profile-name').fill('   ');
    await page.getByTestId('profile-save').click();
    const error = page.getByTestId('profile-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/^That did not work: .*name/i);
    expect((await asOk(stack!, me, ME)).me.name).toBe(before);
    expect(await page.getByTestId('me').innerText()).toBe(before);

    // Too long (65 characters): refused the same way.
    await page.getByTestId('profile-name').fill('x'.repeat(65));
    await page.getByTestId('profile-save').click();
    await error.filter({ hasText: '64' }).waitFor();
    expect((await asOk(stack!, me, ME)).me.name).toBe(before);

    const renamed = `Lena ${randomUUID().slice(0, 6)}`;
    await page.getByTestId('profile-name').fill(renamed);
    await page.getByTestId('profile-name').press('Enter');
    await page.getByTestId('profile-done').filter({ hasText: 'Name saved.' }).waitFor();
    expect(await error.count()).toBe(0);
    await page.getByTestId('me').filter({ hasText: renamed }).waitFor();
    expect((await asOk(stack!, me, ME)).me.name).toBe(renamed);

    // The friend's open app: chat list and chat header follow without a reload.
    await friendItem.getByTestId('chat-title').filter({ hasText: renamed }).waitFor();
    await friendPage.getByTestId('chat-header-title').filter({ hasText: renamed }).waitFor();

    // Escape closes the dialog and gives the focus back to the header button; a reload keeps the name.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('profile-open');
    await page.reload();
    await page.getByTestId('me').filter({ hasText: renamed }).waitFor();
    expect(errors).toEqual([]);
  });

  it("phone: uploading a picture sets the avatar (header and the friend's chat list), removing it brings the default back; the dialog fits and passes axe", async () => {
    const page = await newPage(PHONE);
    const friendPage = await newPage(DESKTOP);
    await Promise.all([
      signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email),
      signInThroughUi(friendPage, web!.url, stack!.mailbox.httpUrl, friend.email),
    ]);
    // The header's profile button and Log out share the row without overlapping, inside the window.
    const [profileBox, logoutBox] = await Promise.all([boxOf(page.getByTestId('profile-open')), boxOf(page.getByTestId('logout'))]);
    expect(overlaps(profileBox, logoutBox)).toBe(false);
    expect(logoutBox.x + logoutBox.width).toBeLessThanOrEqual(PHONE.width);
    expect(profileBox.height).toBeGreaterThanOrEqual(44);
    const friendAvatar = friendPage.locator(`[data-testid="chat-item"][data-chat-id="${direct}"] .avatar img`);
    expect(await friendAvatar.getAttribute('src')).toContain('/avatars/default.svg');

    await page.getByTestId('profile-open').click();
    await page.getByTestId('profile-dialog').waitFor();
    await expectInsideWindow(page, 'profile-dialog');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/profile-dialog-phone.png` });

    const png = await sharp({ create: { width: 200, height: 200, channels: 3, background: { r: 200, g: 60, b: 90 } } })
      .png()
      .toBuffer();
    await page.getByTestId('profile-avatar-file').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png });
    await page.getByTestId('profile-done').filter({ hasText: 'Picture saved.' }).waitFor();
    const set = (await asOk(stack!, me, ME)).me.avatarUrl;
    expect(set.startsWith(`${stack!.gatewayUrl}/media/`)).toBe(true);
    await expect.poll(() => page.getByTestId('me').getAttribute('data-avatar-url')).toContain('/media/');
    expect(await page.locator('[data-testid="profile-open"] .avatar img').getAttribute('src')).toContain('/media/');
    // The friend's chat list shows it live.
    await expect.poll(() => friendAvatar.getAttribute('src')).toContain('/media/');

    await page.getByTestId('profile-avatar-remove').click();
    await page.getByTestId('profile-done').filter({ hasText: 'Picture removed.' }).waitFor();
    expect((await asOk(stack!, me, ME)).me.avatarUrl).toContain('/avatars/default.svg');
    await expect.poll(() => page.getByTestId('me').getAttribute('data-avatar-url')).toContain('/avatars/default.svg');
    await expect.poll(() => friendAvatar.getAttribute('src')).toContain('/avatars/default.svg');

    await page.getByTestId('profile-close').click();
    await page.getByTestId('profile-dialog').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('desktop: Forward on a message picks chats with a filter and forwards to two; the copies say "Forwarded from <name>" in the UI and the API', async () => {
    const page = await newPage(DESKTOP);
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    const friendName = (await asOk(stack!, friend, ME)).me.name;
    await page.locator(`[data-testid="chat-item"][data-chat-id="${direct}"]`).click();
    const original = messageWith(page, 'The meeting moved to Thursday at 6', false);
    await original.hover();
    // The actions bar, now with Forward, stays inside the window and off the text.
    const bar = original.getByTestId('message-actions');
    await expect.poll(async () => (await boxOf(original.getByTestId('message-action-forward'))).width).toBeGreaterThan(0);
    const barBox = await boxOf(bar);
    expect(barBox.x).toBeGreaterThanOrEqual(0);
    expect(barBox.x + barBox.width).toBeLessThanOrEqual(DESKTOP.width);
    expect(overlaps(barBox, await boxOf(original.getByTestId('message-text')))).toBe(false);
    await original.getByTestId('message-action-forward').click();
    const dialog = page.getByRole('dialog', { name: 'Forward message' });
    await dialog.waitFor();
    expect(await focusedTestId(page)).toBe('forward-filter');
    expect(await page.getByTestId('forward-preview').innerText()).toBe('The meeting moved to Thursday at 6');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/forward-dialog-desktop.png` });

    // Nothing picked: the dialog says so and sends nothing.
    await page.getByTestId('forward-send').click();
    await page.getByTestId('forward-error').filter({ hasText: 'Pick at least one chat.' }).waitFor();

    // The filter narrows the list by chat name.
    const rows = page.getByTestId('forward-chat');
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByTestId('forward-filter').fill('book');
    await expect.poll(() => rows.count()).toBe(1);
    await page.locator(`[data-testid="forward-chat"][data-chat-id="${group}"] input`).check();
    await page.getByTestId('forward-filter').fill('');
    await expect.poll(() => rows.count()).toBe(3);
    await page.locator(`[data-testid="forward-chat"][data-chat-id="${withThird}"] input`).check();
    expect(await page.getByTestId('forward-send').innerText()).toBe('Forward to 2 chats');
    await page.getByTestId('forward-send').click();
    await page.getByTestId('forward-done').filter({ hasText: 'Forwarded to 2 chats.' }).waitFor();
    expect(await page.getByTestId('forward-error').count()).toBe(0);

    // The API has one copy in each, sent by the viewer, naming the original sender.
    for (const chatId of [group, withThird]) {
      const last = (await pageOf(stack!, third, chatId, { limit: 20 })).messages.at(-1)!;
      expect(last).toMatchObject({ text: 'The meeting moved to Thursday at 6', sender: { id: me.userId }, forwarded: { originalSenderName: friendName } });
    }

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const groupItem = page.locator(`[data-testid="chat-item"][data-chat-id="${group}"]`);
    await groupItem.getByTestId('chat-last-message').filter({ hasText: 'The meeting moved to Thursday at 6' }).waitFor();
    await groupItem.click();
    const copy = messageWith(page, 'The meeting moved to Thursday at 6', true);
    expect(await copy.getByTestId('message-forwarded').innerText()).toBe(`Forwarded from ${friendName}`);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${SHOTS}/forwarded-message-desktop.png` });
    expect(errors).toEqual([]);
  });

  it('phone (touch): Forward from the tapped actions opens the dialog inside the window; it forwards and Close returns', async () => {
    const page = await newPage(PHONE, { hasTouch: true });
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    await page.locator(`[data-testid="chat-item"][data-chat-id="${direct}"]`).tap();
    const original = messageWith(page, 'The meeting moved to Thursday at 6', false);
    await original.getByTestId('message-text').tap();
    const barBox = await boxOf(original.getByTestId('message-actions'));
    expect(barBox.x).toBeGreaterThanOrEqual(0);
    expect(barBox.x + barBox.width).toBeLessThanOrEqual(PHONE.width);
    await original.getByTestId('message-action-forward').tap();
    await page.getByTestId('forward-dialog').waitFor();
    await expectInsideWindow(page, 'forward-dialog');
    expect(await axeViolations(page)).toEqual([]);
    const before = (await pageOf(stack!, third, withThird, { limit: 20 })).messages.length;
    await page.locator(`[data-testid="forward-chat"][data-chat-id="${withThird}"]`).tap();
    await page.getByTestId('forward-send').tap();
    await page.getByTestId('forward-done').filter({ hasText: 'Forwarded to 1 chat.' }).waitFor();
    expect((await pageOf(stack!, third, withThird, { limit: 20 })).messages.length).toBe(before + 1);
    await page.getByTestId('forward-close').tap();
    await page.getByTestId('forward-dialog').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
