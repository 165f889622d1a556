import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWeb, gqlOk, launchBrowser, Stack, startWeb, type WebApp } from '@app/testing';

const SCREENSHOT = 'test-results/web-home.png';

/** The service rows as the user reads them, by service name. */
async function serviceRows(page: Page): Promise<Record<string, string>> {
  // Wait for the answer (or the error) to replace "Asking the gateway…".
  await page.locator('[data-testid="services"], [data-testid="error"]').first().waitFor({ timeout: 20000 });
  const error = page.getByTestId('error');
  if (await error.count()) throw new Error(`the page shows an error: ${await error.innerText()}`);
  const rows = await page.locator('[data-testid="services"] li').all();
  const entries = await Promise.all(rows.map(async (li): Promise<[string, string]> => [(await li.getAttribute('data-service')) ?? '', await li.innerText()]));
  return Object.fromEntries(entries);
}

describe('web app in Chromium: the start page shows what the gateway reports', () => {
  let stack: Stack | undefined;
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The web build (cached across runs) and the stack start side by side.
    const [started, builtWeb] = await Promise.allSettled([Stack.start(), buildWeb()]);
    if (started.status === 'fulfilled') stack = started.value;
    else throw started.reason;
    if (builtWeb.status === 'rejected') throw builtWeb.reason;
    [web, browser] = await Promise.all([startWeb(stack.gatewayUrl), launchBrowser()]);
    page = await browser.newPage();
    page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()} (${msg.location().url})`);
    });
  });

  beforeEach(() => {
    pageErrors.length = 0;
  });

  afterAll(async () => {
    // Every step runs even when another fails, so no browser or server outlives the file.
    const results = await Promise.allSettled([browser?.close(), web?.stop(), stack?.stop()]);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  });

  it('lists user, chat and mail as UP and the server version', async () => {
    const { serverInfo } = await gqlOk<{ serverInfo: { version: string } }>(stack!.gatewayUrl, '{ serverInfo { version } }');
    await page.goto(web!.url);

    const rows = await serviceRows(page);
    expect(Object.keys(rows).sort()).toEqual(['chat', 'mail', 'user']);
    for (const name of ['user', 'chat', 'mail']) expect(rows[name], name).toMatch(new RegExp(`^${name}: UP \\([\\d.]+ ms\\)$`));
    expect(serverInfo.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(await page.getByTestId('version').innerText()).toBe(`Server version ${serverInfo.version}`);
    expect(await page.title()).toBe('Parley');
    expect(pageErrors).toEqual([]);
  });

  it('shows chat DOWN after the chat service stops and the page reloads', async () => {
    await stack!.stopApp(stack!.app('chat'));
    await page.reload();

    const rows = await serviceRows(page);
    expect(rows.chat).toBe('chat: DOWN');
    expect(rows.user).toMatch(/^user: UP/);
    expect(rows.mail).toMatch(/^mail: UP/);
    expect(pageErrors).toEqual([]);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });
});
