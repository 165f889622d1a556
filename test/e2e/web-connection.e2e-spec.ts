import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asOk,
  createDirect,
  launchBrowser,
  login,
  messageWith,
  send,
  signInThroughUi,
  Stack,
  startTcpProxy,
  startWeb,
  uniqueEmail,
  USER,
  type Session,
  type TcpProxy,
  type WebApp,
} from '#testing';

describe('web app: the connection state shows while the connection is lost', () => {
  let stack: Stack | undefined;
  let proxy: TcpProxy | undefined;
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let me: Session;
  let friend: Session;
  let chatId: string;
  const errors: string[] = [];

  beforeAll(async () => {
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000', LOGIN_CODE_COOLDOWN_SECONDS: '0' } });
    // The page reaches the gateway through a proxy whose network can go silent.
    proxy = await startTcpProxy(Number(new URL(stack.gatewayUrl).port));
    [web, browser] = await Promise.all([startWeb(proxy.url), launchBrowser()]);
    [me, friend] = await Promise.all([login(stack, uniqueEmail('nora')), login(stack, uniqueEmail('theo'))]);
    chatId = (await createDirect(stack, friend, me.userId)).id;
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    context.setDefaultTimeout(15000);
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  });

  afterAll(async () => {
    const results = await Promise.allSettled([browser?.close(), web?.stop(), proxy?.close(), stack?.stop()]);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  });

  const friendSeesMeOnline = async () => (await asOk(stack!, friend, USER, { id: me.userId })).user!.online;

  it('the browser goes offline: the banner says so at once, over the open chat; back online it goes and what was missed arrives', async () => {
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    await page.locator(`[data-testid="chat-item"][data-chat-id="${chatId}"]`).click();
    await page.getByTestId('no-messages').waitFor();
    await expect.poll(friendSeesMeOnline, { timeout: 15000 }).toBe(true);

    await context.setOffline(true);
    // No socket close and no ping needed: the browser's offline event.
    const banner = page.locator('[data-testid="connection-status"][data-state="offline"]');
    await banner.waitFor({ timeout: 5000 });
    expect(await banner.innerText()).toMatch(/offline/i);
    expect(await banner.isVisible()).toBe(true); // on a phone, over the open chat
    await send(stack!, friend, chatId, 'Sent while your network was off');

    await context.setOffline(false);
    await messageWith(page, 'Sent while your network was off', false).waitFor({ timeout: 30000 });
    await page.getByTestId('connection-status').waitFor({ state: 'detached', timeout: 30000 });
  });

  it('the network goes silent (nothing closes): the page shows it within about 10 s, the friend sees me offline within the server ping bound; both recover', async () => {
    await page.getByTestId('connection-status').waitFor({ state: 'detached', timeout: 30000 });
    await expect.poll(friendSeesMeOnline, { timeout: 15000 }).toBe(true);

    proxy!.freeze();
    // Client pings every 5 s and gives up 5 s after an unanswered one: about 10 s, plus a loaded machine.
    await page.locator('[data-testid="connection-status"][data-state="reconnecting"]').waitFor({ timeout: 20000 });
    // The gateway pings every 10 s and ends a socket that missed a pong: at most about 20 s.
    await expect.poll(friendSeesMeOnline, { timeout: 45000, interval: 1000 }).toBe(false);

    proxy!.thaw();
    await page.getByTestId('connection-status').waitFor({ state: 'detached', timeout: 40000 });
    await expect.poll(friendSeesMeOnline, { timeout: 15000 }).toBe(true);
    await send(stack!, friend, chatId, 'Live again');
    await messageWith(page, 'Live again', false).waitFor();
    expect(errors).toEqual([]);
  }, 150000);
});
