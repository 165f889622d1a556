import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDirect,
  gqlOk,
  launchBrowser,
  login,
  LOGOUT,
  messageWith,
  REFRESH_SESSION,
  send,
  Stack,
  startWeb,
  storedSession,
  waitUntil,
  type Session,
  type WebApp,
  settleAll,
} from '#testing';

describe('web app: the live socket ends with its token and its session', () => {
  let stack: Stack | undefined;
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let friend: Session;
  let chatId: string;
  const sockets: { opened: number; closed: number } = { opened: 0, closed: 0 };
  const errors: string[] = [];

  beforeAll(async () => {
    // Access tokens of 30 s (the shortest allowed): the socket meets its token's expiry in one test.
    stack = await Stack.start({ env: { ACCESS_TOKEN_TTL_SECONDS: '30', DEMO_MODE: 'true', RATE_LIMIT_USER_PER_MINUTE: '1000' } });
    [web, browser] = await Promise.all([startWeb(stack.gatewayUrl), launchBrowser()]);
    const context = await browser.newContext({ viewport: { width: 1100, height: 720 } });
    context.setDefaultTimeout(15000);
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('websocket', (ws) => {
      sockets.opened++;
      ws.on('close', () => sockets.closed++);
    });
  });
  afterAll(async () => {
    await settleAll([browser?.close(), web?.stop(), stack?.stop()]);
  });

  it('closed at token expiry (4401), the socket comes back with a fresh token and messages keep arriving live', async () => {
    await page.goto(web!.url);
    await page.getByTestId('demo-login').click();
    await page.getByTestId('chat-app').waitFor();
    const me = await storedSession(page);
    friend = await login(stack!);
    chatId = (await createDirect(stack!, friend, me.viewer.id)).id;
    await send(stack!, friend, chatId, 'Before the token expires');
    await page.getByTestId('chat-item').first().click();
    await messageWith(page, 'Before the token expires').waitFor();
    await waitUntil(() => sockets.opened >= 1 || null, 'the socket to open');
    const openedAt = Date.now();

    // The gateway closes the socket when the token it was opened with expires; the app opens another.
    await waitUntil(() => sockets.closed >= 1 || null, 'the socket to close at token expiry', 40000);
    const lived = Date.now() - openedAt;
    expect(lived).toBeGreaterThan(20000); // not some other drop: the token's 30 s, less the login time
    expect(lived).toBeLessThan(35000);
    await waitUntil(() => sockets.opened >= 2 || null, 'a new socket', 15000);
    await page.getByTestId('connection-status').waitFor({ state: 'detached' });

    // The friend's 30-second token has run out too: a refreshed one.
    const { refreshSession } = await gqlOk(stack!.gatewayUrl, REFRESH_SESSION, { refreshToken: friend.refreshToken });
    friend = { ...friend, accessToken: refreshSession.accessToken, refreshToken: refreshSession.refreshToken };
    await send(stack!, friend, chatId, 'After the token expired');
    await messageWith(page, 'After the token expired').waitFor();
    expect(await page.getByTestId('chat-app').count()).toBe(1);
    expect(errors).toEqual([]);
  }, 90000);

  it('signed out on all devices elsewhere, the tab shows the login screen with a notice', async () => {
    const me = await storedSession(page);
    // Another device of the same person ends every session.
    await gqlOk(stack!.gatewayUrl, LOGOUT, { allDevices: true }, { token: me.accessToken });
    await page.getByTestId('login-email').waitFor({ timeout: 10000 });
    expect(await page.getByTestId('login-notice').innerText()).toMatch(/session has ended/i);
    expect(errors).toEqual([]);
  });
});
