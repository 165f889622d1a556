import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asOk,
  buildWeb,
  createDirect,
  gqlOk,
  graphql,
  launchBrowser,
  login,
  messageWith,
  pageOf,
  readMail,
  SEND_MESSAGE,
  SERVER_INFO,
  Stack,
  startWeb,
  storedSession,
  uniqueEmail,
  waitForLoginCode,
  type WebApp,
  settleAll,
} from '#testing';

const SHOTS = 'test-results';

/** The chats with their `history` setting, which no shared document selects (ChatFields leaves it out). */
const CHATS_WITH_HISTORY = graphql(`
  query ChatsWithHistory {
    chats {
      edges {
        node {
          title
          history
          members {
            user {
              id
            }
          }
          lastMessage {
            text
          }
        }
      }
    }
  }
`);

/** A browser context (its own cookies and storage: one person) and a page that records its errors. */
interface Person {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

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

/** The name Parley gives a new account: the words of the address's local part, capitalised. */
const nameOf = (email: string) =>
  email
    .split('@')[0]
    .split('.')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');

async function send(page: Page, text: string): Promise<void> {
  await page.getByTestId('composer-input').fill(text);
  await page.getByTestId('composer-input').press('Enter');
}

describe('web app in Chromium', () => {
  let stack: Stack | undefined;
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  const people: Person[] = [];

  async function person(viewport = { width: 1100, height: 720 }): Promise<Person> {
    const context = await browser!.newContext({ viewport });
    context.setDefaultTimeout(15000);
    const page = await context.newPage();
    const p: Person = { context, page, errors: [] };
    page.on('pageerror', (err) => p.errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') p.errors.push(`console: ${msg.text()} (${msg.location().url})`);
    });
    people.push(p);
    return p;
  }

  /**
   * Logs in through the login screen with the code from the dev mailbox. With `wrongCodeFirst`, a
   * wrong code is tried first and its error must read as plain words.
   */
  async function loginThroughUi(page: Page, email: string, { wrongCodeFirst = false } = {}): Promise<void> {
    await page.goto(web!.url);
    const before = (await readMail(stack!.mailbox.httpUrl, email)).length;
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-request').click();
    await page.getByTestId('login-code').waitFor();
    const code = await waitForLoginCode(stack!.mailbox.httpUrl, email, before + 1);
    if (wrongCodeFirst) {
      await page.getByTestId('login-code').fill(String((Number(code) + 1) % 1_000_000).padStart(6, '0'));
      await page.getByTestId('login-verify').click();
      expect(await page.getByTestId('login-error').innerText()).toMatch(/That code is not right/);
    }
    await page.getByTestId('login-code').fill(code);
    await page.getByTestId('login-verify').click();
    await page.getByTestId('chat-app').waitFor();
    expect(await page.getByTestId('me').innerText()).toBe(nameOf(email));
  }

  beforeAll(async () => {
    // The web build (cached across runs) and the stack start side by side. Demo mode is on so
    // that the login screen offers "Try the demo".
    const [started, builtWeb] = await Promise.allSettled([Stack.start({ env: { DEMO_MODE: 'true' } }), buildWeb()]);
    if (started.status === 'fulfilled') stack = started.value;
    else throw started.reason;
    if (builtWeb.status === 'rejected') throw builtWeb.reason;
    [web, browser] = await Promise.all([startWeb(stack.gatewayUrl), launchBrowser()]);
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    // Every step runs even when another fails, so no browser or server outlives the file.
    await settleAll([browser?.close(), web?.stop(), stack?.stop()]);
  });

  it('the status page lists user, chat and mail as UP and the server version', async () => {
    const { page, errors } = await person();
    const { serverInfo } = await gqlOk(stack!.gatewayUrl, SERVER_INFO);
    await page.goto(`${web!.url}/status`);

    const rows = await serviceRows(page);
    expect(Object.keys(rows).sort()).toEqual(['chat', 'mail', 'user']);
    for (const name of ['user', 'chat', 'mail']) expect(rows[name], name).toMatch(new RegExp(`^${name}: UP \\([\\d.]+ ms\\)$`));
    expect(serverInfo.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(await page.getByTestId('version').innerText()).toBe(`Server version ${serverInfo.version}`);
    expect(await page.title()).toBe('Parley');
    expect(errors).toEqual([]);
  });

  it('two people chat live: direct chat by search, unread badge, reply, seen mark, reaction, typing', async () => {
    const a = await person();
    const b = await person();
    const emailA = uniqueEmail('alice');
    const emailB = uniqueEmail('bob');
    const [nameA, nameB] = [nameOf(emailA), nameOf(emailB)];

    // A: a bad address first, then a wrong code, each explained in plain words.
    await a.page.goto(web!.url);
    await a.page.getByTestId('login-email').fill('not-an-address');
    await a.page.getByTestId('login-request').click();
    expect(await a.page.getByTestId('login-error').innerText()).toMatch(/does not look like an e-mail address/);
    await a.page.getByTestId('demo-login').waitFor(); // demo mode is on in this stack
    await loginThroughUi(a.page, emailA, { wrongCodeFirst: true });
    await loginThroughUi(b.page, emailB);
    await b.page.getByTestId('chat-list-empty').waitFor();

    // A finds B by address and opens a direct chat.
    await a.page.getByTestId('new-chat').click();
    await a.page.getByTestId('user-search').fill(emailB);
    await a.page.getByTestId('user-result').filter({ hasText: nameB }).click();
    await a.page.getByTestId('chat-header-title').filter({ hasText: nameB }).waitFor();
    await a.page.getByTestId('no-messages').waitFor();

    // A sends; B sees it arrive in the chat list, unread, without a reload.
    const hello = `Hello ${nameB}, lunch at noon?`;
    await send(a.page, hello);
    await messageWith(a.page, hello, true).waitFor();
    const chatOnB = b.page.getByTestId('chat-item').filter({ hasText: nameA });
    await chatOnB.getByTestId('unread-badge').waitFor();
    expect(await chatOnB.getByTestId('unread-badge').innerText()).toBe('1');
    expect(await chatOnB.getByTestId('chat-last-message').innerText()).toBe(hello);
    expect(await chatOnB.getByTestId('presence-dot').getAttribute('data-online')).toBe('true');
    await b.page.screenshot({ path: `${SHOTS}/web-b-unread.png` });

    // B opens the chat: the badge clears, the message is there.
    await chatOnB.click();
    await messageWith(b.page, hello, false).waitFor();
    await chatOnB.getByTestId('unread-badge').waitFor({ state: 'detached' });

    // B starts typing: A sees it.
    await b.page.getByTestId('composer-input').fill('Sure');
    await a.page.getByTestId('typing-indicator').waitFor();
    expect(await a.page.getByTestId('typing-indicator').innerText()).toBe(`${nameB} is typing…`);

    // B replies to the message; A gets the reply live, with the quote, and sees its message as seen.
    const reply = 'Sure, see you at noon!';
    const helloOnB = messageWith(b.page, hello, false);
    await helloOnB.hover();
    await helloOnB.getByTestId('message-action-reply').click();
    expect(await b.page.getByTestId('composer-reply').innerText()).toContain(hello);
    await send(b.page, reply);
    const replyOnA = messageWith(a.page, reply, false);
    await replyOnA.waitFor();
    expect(await replyOnA.getByTestId('reply-quote').innerText()).toContain(hello);
    const helloOnA = messageWith(a.page, hello, true);
    await expect.poll(() => helloOnA.getByTestId('message-status').getAttribute('data-seen'), { timeout: 10000 }).toBe('true');
    expect(await helloOnA.getByTestId('message-status').innerText()).toContain('Seen');
    await a.page.getByTestId('typing-indicator').waitFor({ state: 'detached' });

    // A reacts to the reply; B sees the count.
    await replyOnA.hover();
    await replyOnA.locator('[data-testid="react-button"][data-emoji="👍"]').click();
    await replyOnA.locator('[data-testid="reaction"][data-emoji="👍"]').waitFor();
    const reactionOnB = messageWith(b.page, reply, true).locator('[data-testid="reaction"][data-emoji="👍"]');
    await reactionOnB.waitFor();
    expect(await reactionOnB.getByTestId('reaction-count').innerText()).toBe('1');
    expect(await reactionOnB.getAttribute('aria-pressed')).toBe('false');

    // Shift+Enter breaks the line, Enter sends.
    await a.page.getByTestId('composer-input').pressSequentially('Two lines:');
    await a.page.getByTestId('composer-input').press('Shift+Enter');
    await a.page.getByTestId('composer-input').pressSequentially('the second one');
    await a.page.getByTestId('composer-input').press('Enter');
    const twoLines = messageWith(b.page, 'Two lines: the second one', false); // text matching folds the line break
    await twoLines.waitFor();
    expect(await twoLines.getByTestId('message-text').innerText()).toBe('Two lines:\nthe second one');

    // Each side shows each message once: the optimistic copy, the mutation's answer and the
    // subscription's event merged into one.
    expect(await a.page.getByTestId('message').count()).toBe(3);
    expect(await b.page.getByTestId('message').count()).toBe(3);
    expect(await a.page.locator('[data-pending]').count()).toBe(0);
    await a.page.mouse.move(0, 0);
    await b.page.mouse.move(0, 0);
    await a.page.waitForTimeout(200); // the hover toolbar fades out
    await a.page.screenshot({ path: `${SHOTS}/web-a-chat.png` });
    await b.page.screenshot({ path: `${SHOTS}/web-b-chat.png` });
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);

    // B closes the browser: A sees B go offline.
    await b.context.close();
    await expect.poll(() => a.page.getByTestId('chat-header').getByTestId('presence-dot').getAttribute('data-online'), { timeout: 10000 }).toBe('false');
    expect(await a.page.getByTestId('chat-header-sub').innerText()).toMatch(/^last seen/);
  });

  it('history pages load on scroll-up; edit, delete, groups; a reconnect catches up on what was missed', async () => {
    const me = await person();
    const email = uniqueEmail('erin');
    const [carol, dave] = await Promise.all([login(stack!, uniqueEmail('carol')), login(stack!, uniqueEmail('dave'))]);
    await loginThroughUi(me.page, email);
    const meId = (await storedSession(me.page)).viewer.id;

    // Carol writes 45 messages (more than one page of 30).
    const chat = await createDirect(stack!, carol, meId);
    for (let i = 1; i <= 45; i++) await asOk(stack!, carol, SEND_MESSAGE, { input: { chatId: chat.id, clientId: randomUUID(), text: `History message ${i}` } });
    const item = me.page.getByTestId('chat-item').filter({ hasText: nameOf(carol.email) });
    await item.getByTestId('unread-badge').filter({ hasText: /^45$/ }).waitFor();
    // All 45 are unread: the chat opens at the first of them, under "New messages", with the
    // pages down to it loaded; they are read once scrolled to the newest.
    await item.click();
    await messageWith(me.page, 'History message 1').waitFor();
    const firstUnread = me.page.locator('[data-testid="unread-divider"] + [data-testid="message"]');
    expect(await firstUnread.getByTestId('message-text').innerText()).toBe('History message 1');
    expect(await me.page.getByTestId('message').count()).toBe(45);
    await me.page.getByTestId('load-earlier').waitFor({ state: 'detached' });
    await me.page.getByTestId('jump-latest').click();
    await item.getByTestId('unread-badge').waitFor({ state: 'detached' });

    // Edit and delete own messages; Carol reads the result over the API.
    await send(me.page, 'A typo hre');
    const typo = messageWith(me.page, 'A typo hre', true);
    await typo.waitFor();
    await typo.hover();
    await typo.getByTestId('message-action-edit').click();
    await me.page.getByTestId('composer-input').fill('A typo here, fixed');
    await me.page.getByTestId('composer-input').press('Enter');
    const fixed = messageWith(me.page, 'A typo here, fixed', true);
    await fixed.getByTestId('message-edited').waitFor();
    await me.page.getByTestId('composer-editing').waitFor({ state: 'detached' });
    expect(await me.page.getByTestId('composer-input').inputValue()).toBe('');
    await send(me.page, 'Sent by mistake');
    const mistake = messageWith(me.page, 'Sent by mistake', true);
    await mistake.waitFor();
    await mistake.hover();
    await mistake.getByTestId('message-action-delete').click();
    await mistake.getByTestId('confirm-delete').click();
    await messageWith(me.page, 'This message was deleted', true).waitFor();
    const { messages } = await pageOf(stack!, carol, chat.id, { limit: 2 });
    expect(messages.map(({ text, deleted }) => ({ text, deleted }))).toEqual([
      { text: 'A typo here, fixed', deleted: false },
      { text: null, deleted: true },
    ]);
    await me.page.screenshot({ path: `${SHOTS}/web-history-edit-delete.png` });

    // The socket drops and cannot come back (offline): a message sent meanwhile is not shown; back
    // online, the reconnect fetches it (messages afterSeq) — once.
    await me.context.setOffline(true);
    await me.page.evaluate('window.__parley.ws.terminate()'); // the graphql-ws client (apps/web/lib/apollo.ts)
    await me.page.getByTestId('connection-status').waitFor();
    await asOk(stack!, carol, SEND_MESSAGE, { input: { chatId: chat.id, clientId: randomUUID(), text: 'Sent while you were offline' } });
    await me.page.waitForTimeout(1500);
    expect(await messageWith(me.page, 'Sent while you were offline').count()).toBe(0);
    await me.context.setOffline(false);
    await messageWith(me.page, 'Sent while you were offline', false).waitFor({ timeout: 20000 });
    await me.page.getByTestId('connection-status').waitFor({ state: 'detached' });
    expect(await messageWith(me.page, 'Sent while you were offline').count()).toBe(1);

    // A group with Carol and Dave, made in the dialog; Carol sees it with the first message.
    await me.page.getByTestId('new-chat').click();
    await me.page.getByTestId('new-chat-mode-group').click();
    await me.page.getByTestId('group-title').fill('Project Falcon');
    // People added later will not read what came before.
    expect(await me.page.getByTestId('group-shared-history').isChecked()).toBe(true);
    await me.page.getByTestId('group-shared-history').uncheck();
    for (const p of [carol, dave]) {
      await me.page.getByTestId('user-search').fill(p.email);
      await me.page.locator(`[data-testid="user-result"][data-user-id="${p.userId}"]`).click();
    }
    await me.page.getByTestId('create-group').click();
    await me.page.getByTestId('chat-header-title').filter({ hasText: 'Project Falcon' }).waitFor();
    await send(me.page, 'Welcome, both of you');
    await messageWith(me.page, 'Welcome, both of you', true).waitFor();
    const { chats } = await asOk(stack!, carol, CHATS_WITH_HISTORY);
    const group = chats.edges[0].node;
    expect(group.title).toBe('Project Falcon');
    expect(group.history).toBe('FROM_JOIN');
    expect(group.members.map((m) => m.user.id).sort()).toEqual([meId, carol.userId, dave.userId].sort());
    expect(group.lastMessage?.text).toBe('Welcome, both of you');

    const offlineNoise = /ERR_INTERNET_DISCONNECTED/;
    expect(me.errors.filter((e) => !offlineNoise.test(e))).toEqual([]);
  });

  it('demo login; the session survives a reload, a bad token is refreshed, a new tab signs in by cookie; logout ends it', async () => {
    const phone = await person({ width: 390, height: 760 });
    const { page } = phone;
    await page.goto(web!.url);
    await page.getByTestId('demo-login').click();
    await page.getByTestId('chat-app').waitFor();
    expect(await page.getByTestId('me').innerText()).toBe('Ada Lovelace');
    await page.screenshot({ path: `${SHOTS}/web-phone-demo.png` });

    // An access token the gateway refuses: the first request gets UNAUTHENTICATED, the app
    // refreshes with the cookie and retries.
    const stored = await storedSession(page);
    await page.evaluate(`sessionStorage.setItem('parley.session', ${JSON.stringify(JSON.stringify({ ...stored, accessToken: 'not-a-token' }))})`);
    await page.reload();
    await page.getByTestId('chat-list-empty').filter({ hasText: 'No chats yet' }).waitFor();
    expect((await storedSession(page)).accessToken).toMatch(/^eyJ/);

    // A second tab has no session storage: it signs in with the refresh cookie.
    const tab = await phone.context.newPage();
    await tab.goto(web!.url);
    await tab.getByTestId('chat-app').waitFor();
    expect(await tab.getByTestId('me').innerText()).toBe('Ada Lovelace');

    await tab.getByTestId('logout').click();
    await tab.getByTestId('login-email').waitFor();
    await tab.reload();
    await tab.getByTestId('login-email').waitFor();
    await tab.screenshot({ path: `${SHOTS}/web-phone-login.png` });
    expect(phone.errors).toEqual([]);
  });

  it('the status page shows chat DOWN after the chat service stops', async () => {
    const { page, errors } = await person();
    await stack!.stopApp(stack!.app('chat'));
    await page.goto(`${web!.url}/status`);

    const rows = await serviceRows(page);
    expect(rows.chat).toBe('chat: DOWN');
    expect(rows.user).toMatch(/^user: UP/);
    expect(rows.mail).toMatch(/^mail: UP/);
    expect(errors).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/web-status.png`, fullPage: true });
  });
});
