import type { Client } from 'graphql-ws';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asOk,
  axeViolations,
  createDirect,
  createGroup,
  DELETE_MESSAGE,
  launchBrowser,
  openPage,
  login,
  MARK_READ,
  messageWith,
  send,
  signInThroughUi,
  Stack,
  startWeb,
  Subscription,
  TOGGLE_REACTION,
  TYPING,
  uniqueEmail,
  wsClient,
  type Session,
  type WebApp,
  settleAll,
} from '#testing';

const VIEWPORTS = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1440, height: 900 }],
] as const;

describe('web app: accessibility (axe-core, keyboard, screen-reader semantics)', () => {
  let stack: Stack | undefined;
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  let friendSocket: Client | undefined;
  const errors: string[] = [];
  let me: Session;
  let friend: Session;
  let direct: string;
  let group: string;

  const newPage = (viewport: { width: number; height: number }) => openPage(browser!, errors, { viewport });

  beforeAll(async () => {
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000', LOGIN_CODE_COOLDOWN_SECONDS: '0', LOGIN_CODES_PER_EMAIL_PER_HOUR: '50' } });
    [web, browser] = await Promise.all([startWeb(stack.gatewayUrl), launchBrowser()]);
    [me, friend] = await Promise.all([login(stack, uniqueEmail('ida')), login(stack, uniqueEmail('omar'))]);
    const other = await login(stack, uniqueEmail('pia'));
    direct = (await createDirect(stack, friend, me.userId)).id;
    group = (await createGroup(stack, friend, 'Choir', [me.userId, other.userId])).id;
    // Theirs, mine (seen), mine deleted, a reaction; a group message with a sender name.
    await send(stack, friend, direct, 'Are you coming to practice?');
    const mine = await send(stack, me, direct, 'Yes, at seven');
    const oops = await send(stack, me, direct, 'Sent by mistake');
    await asOk(stack, me, DELETE_MESSAGE, { id: oops.id, forEveryone: true });
    await asOk(stack, friend, TOGGLE_REACTION, { messageId: mine.id, emoji: '👍' });
    await asOk(stack, friend, MARK_READ, { chatId: direct, seq: 3 });
    await send(stack, other, group, 'Bring the new sheets');
    // The friend is online: an open socket with a subscription.
    friendSocket = wsClient(stack.gatewayUrl, friend.accessToken);
    new Subscription(friendSocket, TYPING);
  });

  afterAll(async () => {
    await friendSocket?.dispose();
    await settleAll([browser?.close(), web?.stop(), stack?.stop()]);
  });

  for (const [label, viewport] of VIEWPORTS) {
    it(`${label}: the login page and the chat screen (list, a direct chat, a group, the new-chat dialog) have no serious or critical axe violations`, async () => {
      const page = await newPage(viewport);
      await page.goto(web!.url);
      await page.getByTestId('login-email').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
      const item = page.locator(`[data-testid="chat-item"][data-chat-id="${direct}"]`);
      await item.locator('[data-testid="presence-dot"][data-online="true"]').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await item.click();
      const mine = messageWith(page, 'Yes, at seven', true);
      await mine.locator('[data-testid="message-status"][data-seen="true"]').waitFor();
      await mine.locator('[data-testid="reaction"][data-emoji="👍"]').waitFor();
      await messageWith(page, 'This message was deleted', true).waitFor();
      expect(await page.getByTestId('chat-header-sub').innerText()).toBe('online');
      expect(await axeViolations(page)).toEqual([]);

      if (label === 'phone') await page.getByTestId('back').click();
      await page.locator(`[data-testid="chat-item"][data-chat-id="${group}"]`).click();
      await messageWith(page, 'Bring the new sheets', false).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      if (label === 'phone') await page.getByTestId('back').click();
      await page.getByTestId('new-chat').click();
      await page.getByTestId('user-search').fill(friend.email);
      await page.locator(`[data-testid="user-result"][data-user-id="${friend.userId}"]`).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('one h1; the message list is a live log; presence is said in words; keyboard focus shows a ring of at least 2 px', async () => {
    const page = await newPage({ width: 1440, height: 900 });
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').innerText()).toBe('Parley');

    // The direct chat's entry is read with the friend's presence.
    const item = page.locator(`[data-testid="chat-item"][data-chat-id="${direct}"]`);
    await page
      .getByRole('button', { name: /, online/ })
      .and(item)
      .waitFor();
    expect(await item.getByTestId('presence-text').textContent()).toBe(', online');

    // New messages land in a polite live log.
    await page.locator(`[data-testid="chat-item"][data-chat-id="${direct}"]`).click();
    const log = page.getByRole('log');
    expect(await log.getAttribute('aria-live')).toBe('polite');
    expect(await log.getAttribute('data-testid')).toBe('messages');
    await send(stack!, friend, direct, 'See you there');
    await log.getByText('See you there', { exact: true }).waitFor();

    // A focus ring that can be seen, from the keyboard.
    await page.getByTestId('composer-input').focus();
    await page.keyboard.press('Shift+Tab');
    const ring = await page.evaluate<[string, number]>(
      '(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()',
    );
    expect(ring[0]).not.toBe('none');
    expect(ring[1]).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
  });
});
