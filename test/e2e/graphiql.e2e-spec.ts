import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOk, createDirect, gqlOk, launchBrowser, login, Stack } from '#testing';

const SHOTS = 'test-results';

/**
 * The text of one of GraphiQL's CodeMirror editors; `set` replaces it and waits as long as a
 * typist would (GraphiQL reads the operation name from the editor after a short debounce).
 */
async function editor(page: Page, selector: string, set?: string): Promise<string> {
  const value = await page.evaluate<string>(
    `(() => { const cm = document.querySelector(${JSON.stringify(`${selector} .CodeMirror`)}).CodeMirror;` +
      (set === undefined ? '' : `cm.setValue(${JSON.stringify(set)});`) +
      'return cm.getValue(); })()',
  );
  if (set !== undefined) await page.waitForTimeout(400);
  return value;
}
const QUERY = '.graphiql-query-editor';
const HEADERS = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';
const RESPONSE = '.graphiql-response';

/** Waits until the response editor holds text that matches. */
async function responseMatching(page: Page, pattern: RegExp): Promise<string> {
  let last = '';
  const end = Date.now() + 15000;
  while (Date.now() < end) {
    last = await editor(page, RESPONSE);
    if (pattern.test(last)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`the response never matched ${pattern}; it reads: ${last}`);
}

describe('self-hosted GraphiQL at GET /graphiql', () => {
  let stack: Stack;
  let browser: Browser;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000' } }), launchBrowser()]);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    const results = await Promise.allSettled([browser?.close(), stack?.stop()]);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  });

  it('serves the page and its bundle from the gateway itself, with a strict content security policy', async () => {
    const page = await fetch(`${stack.gatewayUrl}/graphiql`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('src="/graphiql/graphiql.js"');
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN
    const js = await fetch(`${stack.gatewayUrl}/graphiql/graphiql.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await js.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    expect((await fetch(`${stack.gatewayUrl}/graphiql/graphiql.css`)).status).toBe(200);
    expect((await fetch(`${stack.gatewayUrl}/graphiql/secrets.js`)).status).toBe(404);
    expect((await fetch(`${stack.gatewayUrl}/graphiql/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('runs queries over HTTP and subscriptions over graphql-ws with the token of the headers editor', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    await page.goto(`${stack.gatewayUrl}/graphiql`);
    await page.locator('.graphiql-execute-button').waitFor();

    // The starting document asks for serverInfo (public).
    const { serverInfo } = await gqlOk<{ serverInfo: { version: string } }>(stack.gatewayUrl, '{ serverInfo { version } }');
    await page.locator('.graphiql-execute-button').click();
    expect(await responseMatching(page, /"version"/)).toContain(`"version": "${serverInfo.version}"`);
    await page.screenshot({ path: `${SHOTS}/graphiql-server-info.png` });

    // Without a token: the contract's error code.
    await editor(page, QUERY, '{ me { id } }');
    await page.locator('.graphiql-execute-button').click();
    expect(await responseMatching(page, /UNAUTHENTICATED/)).toContain('"code": "UNAUTHENTICATED"');

    // With a token in the headers editor: queries and a live subscription.
    const [me, friend] = await Promise.all([login(stack), login(stack)]);
    const chat = await createDirect(stack, friend, me.userId);
    await editor(page, HEADERS, JSON.stringify({ Authorization: `Bearer ${me.accessToken}` }));
    await editor(page, QUERY, '{ me { id } }');
    await page.locator('.graphiql-execute-button').click();
    expect(await responseMatching(page, /"me"/)).toContain(`"id": "${me.userId}"`);

    await editor(page, QUERY, 'subscription { newMessage { text } }');
    await page.locator('.graphiql-execute-button').click();
    const text = `hello from the API ${randomUUID()}`;
    // The subscription is registered a moment after the click; send until it shows.
    const end = Date.now() + 15000;
    let shown = '';
    while (!shown.includes(text) && Date.now() < end) {
      await asOk(stack, friend, 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }', {
        i: { chatId: chat.id, clientId: randomUUID(), text },
      });
      await page.waitForTimeout(500);
      shown = await editor(page, RESPONSE);
    }
    expect(shown).toContain(`"text": "${text}"`);
    await page.screenshot({ path: `${SHOTS}/graphiql-subscription.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is off when GRAPHIQL=false (the production default): 404 for the page and its files', async () => {
    const gateway = await stack.startApp('api-gateway', { GRAPHIQL: 'false' });
    const page = await fetch(`${gateway.url}/graphiql`);
    expect(page.status).toBe(404);
    expect(((await page.json()) as { message: string }).message).toMatch(/GraphiQL is off/);
    expect((await fetch(`${gateway.url}/graphiql/graphiql.js`)).status).toBe(404);
    await stack.stopApp(gateway);
  });
});
