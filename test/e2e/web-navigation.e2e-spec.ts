import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDirect,
  createGroup,
  launchBrowser,
  openPage,
  login,
  messageWith,
  send,
  signInThroughUi,
  Stack,
  startWeb,
  uniqueEmail,
  waitForLive,
  type Session,
  type WebApp,
  settleAll,
} from '#testing';

const DAY = 86_400_000;

describe('web app: links, dates, the tab title, chat addresses and drafts', () => {
  let stack: Stack | undefined;
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  const errors: string[] = [];
  let me: Session;
  let friend: Session;
  let direct: string;
  let group: string;

  async function newPage(viewport = { width: 1440, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
    const page = await openPage(browser!, errors, { viewport });
    return { context: page.context(), page };
  }

  const item = (page: Page, chatId: string) => page.locator(`[data-testid="chat-item"][data-chat-id="${chatId}"]`);
  const openChat = (page: Page) => page.getByTestId('message-view').getAttribute('data-chat-id');

  beforeAll(async () => {
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000', LOGIN_CODE_COOLDOWN_SECONDS: '0', LOGIN_CODES_PER_EMAIL_PER_HOUR: '50' } });
    [web, browser] = await Promise.all([startWeb(stack.gatewayUrl), launchBrowser()]);
    [me, friend] = await Promise.all([login(stack, uniqueEmail('vera')), login(stack, uniqueEmail('kai'))]);
    direct = (await createDirect(stack, friend, me.userId)).id;
    group = (await createGroup(stack, friend, 'Garden', [me.userId])).id;
    await send(stack, friend, direct, 'Hello there');
  });

  afterAll(async () => {
    await settleAll([browser?.close(), web?.stop(), stack?.stop()]);
  });

  it('links in messages open safely in a new tab; javascript: is never a link; nothing is fetched for a preview', async () => {
    const { context, page } = await newPage();
    const outside: string[] = [];
    // Nothing leaves for example.com unless the link is clicked; the click gets a stub page.
    await context.route(/example\.(com|org)/, (route) => {
      outside.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Example</title>' });
    });
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    const text = 'Docs at https://example.com/guide?x=1, mail ann@example.org, not javascript:alert(document.cookie) nor data:text/html,hi';
    await send(stack!, friend, direct, text);
    await item(page, direct).click();
    const message = messageWith(page, text, false);
    await message.waitFor();
    const links = message.getByTestId('message-link');
    expect(await links.count()).toBe(2);
    expect(await links.nth(0).getAttribute('href')).toBe('https://example.com/guide?x=1');
    expect(await links.nth(0).innerText()).toBe('https://example.com/guide?x=1');
    expect(await links.nth(1).getAttribute('href')).toBe('mailto:ann@example.org');
    for (const link of await links.all()) {
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count()).toBe(0);
    expect(await message.getByTestId('message-text').innerText()).toBe(text);
    expect(outside).toEqual([]);

    const [popup] = await Promise.all([context.waitForEvent('page'), links.nth(0).click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe('https://example.com/guide?x=1');
    expect(await popup.evaluate('window.opener')).toBeNull();
    expect(outside).toEqual(['https://example.com/guide?x=1']);
    await popup.close();
    expect(errors).toEqual([]);
  });

  it('the full date and time shows on hover; day separators say Today, Yesterday, then the date', async () => {
    const { page } = await newPage();
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    await item(page, direct).click();
    const hello = messageWith(page, 'Hello there', false);
    await hello.waitFor();
    const year = String(new Date().getFullYear());
    const title = (await hello.getByTestId('message-time').getAttribute('title')) ?? '';
    expect(title).toContain(year);
    expect(title).toContain(await hello.getByTestId('message-time').innerText()); // the time of day too
    expect((await item(page, direct).getByTestId('chat-time').getAttribute('title')) ?? '').toContain(year);
    expect(await page.getByTestId('day-separator').allInnerTexts()).toEqual(['Today']);

    // The same messages read a day later, and three days later (the page's clock moved on).
    for (const [offset, expected] of [
      [DAY, /^Yesterday$/],
      [3 * DAY, new RegExp(year)],
    ] as const) {
      const later = await newPage();
      await later.page.clock.install({ time: Date.now() + offset });
      await signInThroughUi(later.page, `${web!.url}/chats/${direct}`, stack!.mailbox.httpUrl, me.email);
      await messageWith(later.page, 'Hello there', false).waitFor();
      const labels = await later.page.getByTestId('day-separator').allInnerTexts();
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(label).toMatch(expected);
      for (const label of labels) expect(label).not.toMatch(offset > DAY ? /Today|Yesterday/ : /Today/);
    }
    expect(errors).toEqual([]);
  });

  it('a tab in the background shows the unread count in its title', async () => {
    const { page } = await newPage();
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    await item(page, group).waitFor();
    const before = await page.evaluate<number>(
      '[...document.querySelectorAll(\'[data-testid="unread-badge"]\')].reduce((n, b) => n + Number(b.textContent), 0)',
    );
    for (const n of [1, 2, 3]) await send(stack!, friend, group, `Seedlings ${n}`);
    await item(page, group).getByTestId('unread-badge').filter({ hasText: /^3$/ }).waitFor();
    await expect.poll(() => page.title()).toBe(`(${before + 3}) Parley`);
    // Reading them takes them off the title.
    await item(page, group).click();
    await messageWith(page, 'Seedlings 3', false).waitFor();
    await item(page, group).getByTestId('unread-badge').waitFor({ state: 'detached' });
    await expect.poll(() => page.title()).toBe(before ? `(${before}) Garden · Parley` : 'Garden · Parley');
    expect(errors).toEqual([]);
  });

  for (const [label, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`${label}: each chat has its address; reload, Back and Forward keep the open chat; drafts survive a reload, per chat`, async () => {
      const { context, page } = await newPage(viewport);
      await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
      await item(page, direct).click();
      await page.waitForURL(`${web!.url}/chats/${direct}`);
      await page.getByTestId('composer-input').fill(`Half-written for Kai (${label})`);
      if (label === 'phone') {
        await page.getByTestId('back').click();
        await page.waitForURL(`${web!.url}/`);
      }
      await item(page, group).click();
      await page.waitForURL(`${web!.url}/chats/${group}`);
      await page.getByTestId('composer-input').fill('Half-written for the garden');

      await page.reload();
      await waitForLive(page);
      expect(await openChat(page)).toBe(group);
      expect(await page.getByTestId('composer-input').inputValue()).toBe('Half-written for the garden');

      if (label === 'desktop') {
        await page.goBack();
        await page.waitForURL(`${web!.url}/chats/${direct}`);
        await page.locator(`[data-testid="message-view"][data-chat-id="${direct}"]`).waitFor();
        expect(await page.getByTestId('composer-input').inputValue()).toBe(`Half-written for Kai (${label})`);
        await page.goForward();
      } else {
        // On a phone Back leaves the chat for the list, and Forward returns to it.
        await page.goBack();
        await page.waitForURL(`${web!.url}/`);
        await page.getByTestId('chat-list').waitFor();
        await page.getByTestId('message-view').waitFor({ state: 'detached' });
        await page.goForward();
        await page.waitForURL(`${web!.url}/chats/${group}`);
        await page.locator(`[data-testid="message-view"][data-chat-id="${group}"]`).waitFor();
        await page.getByTestId('back').click();
        await item(page, direct).click();
        await page.locator(`[data-testid="message-view"][data-chat-id="${direct}"]`).waitFor();
        expect(await page.getByTestId('composer-input').inputValue()).toBe(`Half-written for Kai (${label})`);
        await page.getByTestId('back').click();
        await item(page, group).click();
      }
      await page.waitForURL(`${web!.url}/chats/${group}`);
      await page.locator(`[data-testid="message-view"][data-chat-id="${group}"]`).waitFor();

      // Sent, a draft is gone, also after a reload.
      await page.getByTestId('composer-input').press('Enter');
      await messageWith(page, 'Half-written for the garden', true).waitFor();
      await page.reload();
      await page.locator(`[data-testid="message-view"][data-chat-id="${group}"]`).waitFor();
      expect(await page.getByTestId('composer-input').inputValue()).toBe('');

      // The address opened in another tab of the same browser opens that chat.
      const tab = await context.newPage();
      await tab.goto(`${web!.url}/chats/${direct}`);
      await tab.locator(`[data-testid="message-view"][data-chat-id="${direct}"]`).waitFor();
      await tab.close();

      // Signing out leaves the chat's address and its drafts behind.
      if (label === 'phone') await page.getByTestId('back').click();
      await page.getByTestId('logout').click();
      await page.getByTestId('login-email').waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await page.evaluate<number>('Object.keys(localStorage).filter((k) => k.startsWith("parley.draft.")).length')).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});
