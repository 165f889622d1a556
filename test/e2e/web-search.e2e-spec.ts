import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asOk,
  axeViolations,
  boxOf,
  chatOf,
  createDirect,
  createGroup,
  launchBrowser,
  login,
  MARK_READ,
  ME,
  messageWith,
  openPage,
  pageOf,
  send,
  signInThroughUi,
  Stack,
  startWeb,
  uniqueEmail,
  type Session,
  type WebApp,
  settleAll,
} from '#testing';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const VIEWPORTS = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;
const SHOTS = 'docs/screenshots';
/** Messages in the long chat: old enough that opening the chat loads none of the early ones. */
const LONG = 250;

/** The text of line `i` of the long chat; some lines carry words the tests search for. */
function lineText(i: number): string {
  if (i === 3) return 'Line 3: the zeppelin lands at noon';
  if (i === 20) return 'Line 20: the original plan, keep it in mind';
  if (i === 47) return 'Line 47: <b>Pineapple</b> stays markup, not bold';
  if (i % 10 === 7) return `Line ${i}: pineapple on the list again, PINEAPPLE`;
  return `Line ${i}: nothing special`;
}

/** Messages seeded at once: few enough that a busy machine's chat service keeps up. */
const BATCH = 5;

/**
 * Sends through the API; a send the busy server did not take in time (SERVICE_UNAVAILABLE) is
 * sent again with the same clientId, as the web app does, so it is stored once.
 */
async function seed(stack: Stack, s: Session, chatId: string, text: string, extra: { replyToId?: string } = {}) {
  const clientId = randomUUID();
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(stack, s, chatId, text, { ...extra, clientId });
    } catch (err) {
      if (attempt >= 4 || !String(err).includes('SERVICE_UNAVAILABLE')) throw err;
    }
  }
}

describe('web app: message search and long chats', () => {
  let stack: Stack | undefined;
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  const errors: string[] = [];
  let me: Session;
  let friend: Session;
  let third: Session;
  let friendName: string;
  let thirdName: string;
  let long: string;
  let other: string;
  /** seq of each line of the long chat, by line number. */
  const seqOf = new Map<number, number>();

  const newPage = (viewport: { width: number; height: number }) => openPage(browser!, errors, { viewport });
  const item = (page: Page, chatId: string) => page.locator(`[data-testid="chat-item"][data-chat-id="${chatId}"]`);
  const atSeq = (page: Page, seq: number) => page.locator(`[data-testid="message"][data-seq="${seq}"]`);

  /** The element is wholly inside the visible part of the message list. */
  async function inView(page: Page, locator: Locator): Promise<boolean> {
    const list = await boxOf(page.getByTestId('messages'));
    const box = await boxOf(locator);
    return box.y >= list.y - 1 && box.y + box.height <= list.y + list.height + 1;
  }

  /** Opens a chat from the list (on a phone the list is the first screen). */
  async function openChat(page: Page, chatId: string): Promise<void> {
    await item(page, chatId).click();
    await page.locator(`[data-testid="message-view"][data-chat-id="${chatId}"]`).waitFor();
  }

  async function search(page: Page, text: string): Promise<void> {
    await page.getByTestId('search-input').fill(text);
    await page.getByTestId('search-submit').click();
  }

  beforeAll(async () => {
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '5000', LOGIN_CODE_COOLDOWN_SECONDS: '0', LOGIN_CODES_PER_EMAIL_PER_HOUR: '50' } });
    [web, browser] = await Promise.all([startWeb(stack.gatewayUrl), launchBrowser()]);
    mkdirSync(SHOTS, { recursive: true });
    [me, friend, third] = await Promise.all([login(stack, uniqueEmail('nina')), login(stack, uniqueEmail('paul')), login(stack, uniqueEmail('ida'))]);
    [friendName, thirdName] = (await Promise.all([friend, third].map((s) => asOk(stack!, s, ME)))).map((r) => r.me.name);
    long = (await createDirect(stack, friend, me.userId)).id;
    other = (await createDirect(stack, third, me.userId)).id;
    await seed(stack, third, other, 'A short chat about nothing');
    // The long chat, seeded through the API a few lines at a time (each batch holds at most one
    // pineapple line, so those keep their order): lines from both (odd ones from the friend), all read.
    for (let from = 1; from <= LONG; from += BATCH)
      await Promise.all(
        Array.from({ length: BATCH }, async (_, k) => {
          const i = from + k;
          seqOf.set(i, (await seed(stack!, i % 2 ? friend : me, long, lineText(i))).seq);
        }),
      );
    const last = await seed(stack, friend, long, 'Back to that original plan');
    await asOk(stack, me, MARK_READ, { chatId: long, seq: last.seq });
    await asOk(stack, me, MARK_READ, { chatId: other, seq: 1 });
  });

  afterAll(async () => {
    await settleAll([browser?.close(), web?.stop(), stack?.stop()]);
  });

  for (const [name, viewport] of VIEWPORTS)
    it(`${name}: search in the open chat marks the matches, pages with "More results", says when nothing matches or the query is refused, and opens a result at its message`, async () => {
      const page = await newPage(viewport);
      await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
      await openChat(page, long);
      await messageWith(page, 'Back to that original plan', false).waitFor();

      await page.getByRole('button', { name: `Search in ${friendName}` }).click();
      const panel = page.getByRole('dialog', { name: `Search in ${friendName}` });
      await panel.waitFor();
      expect(await panel.getAttribute('data-scope')).toBe('chat');

      // A refused query (over 200 characters) is said in words, from the server's BAD_USER_INPUT.
      await search(page, 'x'.repeat(201));
      const error = page.getByTestId('search-error');
      await error.waitFor();
      expect(await error.innerText()).toMatch(/^That did not work: .*(query|200)/i);
      expect(await page.getByTestId('search-hit').count()).toBe(0);

      // Nothing found: said so.
      await search(page, 'qwertyuiop');
      await page.getByTestId('search-empty').filter({ hasText: 'No messages match “qwertyuiop”.' }).waitFor();
      expect(await error.count()).toBe(0);

      // 25 lines mention pineapple (any case): 20 on the first page, newest first, then 5 more.
      await search(page, 'pineapple');
      const hits = page.getByTestId('search-hit');
      await hits.nth(19).waitFor();
      expect(await hits.count()).toBe(20);
      const first = hits.first();
      expect(await first.getByTestId('search-hit-chat').innerText()).toBe(friendName);
      expect(await first.getByTestId('search-hit-sender').innerText()).toBe(friendName); // line 247 is the friend's (odd)
      expect(await first.getByTestId('search-hit-date').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(await first.getByTestId('search-hit-text').innerText()).toBe(lineText(247));
      // Both matches of the line are marked, with the text's own case.
      expect(await first.getByTestId('search-mark').allInnerTexts()).toEqual(['pineapple', 'PINEAPPLE']);
      const seqs: number[] = [];
      for (let i = 0; i < 20; i++) seqs.push(Number(await hits.nth(i).getAttribute('data-seq')));
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
      expect(await axeViolations(page)).toEqual([]);
      if (name === 'desktop') await page.screenshot({ path: `${SHOTS}/search-desktop.png` });
      else await page.screenshot({ path: `${SHOTS}/search-phone.png` });

      await page.getByTestId('search-more').click();
      await hits.nth(24).waitFor();
      expect(await hits.count()).toBe(25);
      await page.getByTestId('search-more').waitFor({ state: 'detached' });
      // Markup in a message stays text: the <b> shows as typed, and only the match is marked.
      const markup = hits.filter({ hasText: 'Line 47:' });
      expect(await markup.getByTestId('search-hit-text').innerText()).toBe(lineText(47));
      expect(await markup.locator('b').count()).toBe(0);
      expect(await markup.getByTestId('search-mark').allInnerTexts()).toEqual(['Pineapple']);

      // The oldest hit (line 7, 244 messages back) opens at its message: older pages load, it is in view and highlighted.
      const oldest = hits.last();
      expect(Number(await oldest.getAttribute('data-seq'))).toBe(seqOf.get(7));
      await oldest.click();
      await panel.waitFor({ state: 'detached' });
      const target = atSeq(page, seqOf.get(7)!);
      await target.and(page.locator('[data-flash="true"]')).waitFor();
      expect(await inView(page, target)).toBe(true);
      expect(page.url()).toBe(`${web!.url}/chats/${long}`);
      // The highlight goes after a moment.
      await target.and(page.locator('[data-flash="true"]')).waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    });

  it('desktop: search across all chats opens another chat at an old message (older pages loaded); Back and Forward move between the chats', async () => {
    const page = await newPage(DESKTOP);
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    await openChat(page, other);
    await messageWith(page, 'A short chat about nothing', false).waitFor();

    await page.getByTestId('search-all').click();
    const panel = page.getByRole('dialog', { name: 'Search all chats' });
    await panel.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await search(page, 'ZEPPELIN');
    const hit = page.getByTestId('search-hit');
    await hit.first().waitFor();
    expect(await hit.count()).toBe(1);
    expect(await hit.getByTestId('search-hit-chat').innerText()).toBe(friendName);
    expect(await hit.getByTestId('search-mark').allInnerTexts()).toEqual(['zeppelin']);
    // Nothing in another chat matches a word of this one.
    await search(page, 'short chat');
    await hit.filter({ hasText: 'A short chat about nothing' }).waitFor();
    expect(await hit.getByTestId('search-hit-chat').allInnerTexts()).toEqual([thirdName]);
    await search(page, 'zeppelin');
    await hit.filter({ hasText: 'Line 3:' }).click();

    await page.waitForURL(`${web!.url}/chats/${long}`);
    const target = atSeq(page, seqOf.get(3)!);
    await page.locator(`[data-testid="message-view"][data-chat-id="${long}"][data-landed-seq="${seqOf.get(3)}"]`).waitFor();
    expect(await inView(page, target)).toBe(true);
    expect(await page.getByTestId('chat-header-title').innerText()).toBe(friendName);
    // Loaded through to the newest message: the list is whole, the reader scrolls down through it.
    expect(await page.locator('[data-testid="message"][data-seq]').count()).toBeGreaterThan(200);

    await page.goBack();
    await page.waitForURL(`${web!.url}/chats/${other}`);
    await messageWith(page, 'A short chat about nothing', false).waitFor();
    await page.goForward();
    await page.waitForURL(`${web!.url}/chats/${long}`);
    await messageWith(page, 'Back to that original plan', false).waitFor();
    expect(errors).toEqual([]);
  });

  it('phone: a quoted reply opens the original 230 messages back (older pages load) and highlights it', async () => {
    const page = await newPage(PHONE);
    await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
    // A reply at the end of the long chat, quoting line 20.
    const quoted = (await pageOf(stack!, me, long, { afterSeq: seqOf.get(20)! - 1, limit: 1 })).messages[0];
    expect(quoted.seq).toBe(seqOf.get(20));
    const reply = await send(stack!, friend, long, 'About line 20 again', { replyToId: quoted.id });
    await openChat(page, long);
    const replyBubble = atSeq(page, reply.seq);
    await replyBubble.waitFor();
    expect(await atSeq(page, quoted.seq).count()).toBe(0);

    const quote = replyBubble.getByRole('button', { name: /Show the original message/ });
    await quote.click();
    const original = atSeq(page, quoted.seq);
    await original.and(page.locator('[data-flash="true"]')).waitFor();
    expect(await original.getByTestId('message-text').innerText()).toBe(lineText(20));
    expect(await inView(page, original)).toBe(true);
    expect(reply.seq - quoted.seq).toBeGreaterThanOrEqual(200);
    await asOk(stack!, me, MARK_READ, { chatId: long, seq: reply.seq });
    expect(errors).toEqual([]);
  });

  for (const [name, viewport] of VIEWPORTS)
    it(`${name}: a chat with unread messages opens at the first unread under "New messages"; "Jump to latest" counts them; messages arriving while scrolled up stay unread until they are in view`, async () => {
      const group = (await createGroup(stack!, friend, `Updates ${name}`, [me.userId])).id;
      // 70 messages, a few at a time; `sent` is in the order the server gave them.
      const sent: { seq: number }[] = [];
      for (let from = 1; from <= 70; from += BATCH)
        sent.push(...(await Promise.all(Array.from({ length: BATCH }, (_, k) => seed(stack!, friend, group, `Update ${from + k} for ${name}`)))));
      sent.sort((a, b) => a.seq - b.seq);
      // Read up to the 25th: 45 unread, more than the newest page holds.
      await asOk(stack!, me, MARK_READ, { chatId: group, seq: sent[24].seq });
      expect((await chatOf(stack!, me, group)).unreadCount).toBe(45);

      const page = await newPage(viewport);
      await signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, me.email);
      await item(page, group).getByTestId('unread-badge').filter({ hasText: /^45$/ }).waitFor();
      await openChat(page, group);
      const divider = page.getByTestId('unread-divider');
      await divider.waitFor();
      // The divider sits right above the 26th message, at the top of the view.
      const firstUnread = page.locator('[data-testid="unread-divider"] + [data-testid="message"]');
      expect(await firstUnread.getAttribute('data-seq')).toBe(String(sent[25].seq));
      expect(await inView(page, divider)).toBe(true);
      expect(await inView(page, firstUnread)).toBe(true);
      const list = await boxOf(page.getByTestId('messages'));
      expect((await boxOf(divider)).y - list.y).toBeLessThan(list.height / 3);

      // What is in view is read, the rest not: the server's read position is inside the unread run.
      await expect.poll(async () => (await chatOf(stack!, me, group)).myLastReadSeq).toBeGreaterThanOrEqual(sent[25].seq);
      const partly = await chatOf(stack!, me, group);
      expect(partly.myLastReadSeq).toBeLessThan(sent[69].seq);
      expect(partly.unreadCount).toBeGreaterThan(0);
      const jump = page.getByTestId('jump-latest');
      await expect.poll(async () => Number(await jump.getByTestId('jump-latest-count').innerText())).toBe((await chatOf(stack!, me, group)).unreadCount);
      expect(await jump.getAttribute('aria-label')).toMatch(/^Jump to latest, \d+ new messages$/);

      // Jump to latest: the newest is in view and everything is read.
      await jump.click();
      const newest = atSeq(page, sent[69].seq);
      await expect.poll(() => inView(page, newest)).toBe(true);
      await expect.poll(async () => (await chatOf(stack!, me, group)).unreadCount).toBe(0);
      await jump.waitFor({ state: 'detached' });

      // Scrolled up, two messages arrive: they show in the list and the count, and stay unread.
      await atSeq(page, sent[40].seq).scrollIntoViewIfNeeded();
      await jump.waitFor();
      const late1 = await send(stack!, friend, group, `Late news 1 for ${name}`);
      const late2 = await send(stack!, friend, group, `Late news 2 for ${name}`);
      await messageWith(page, `Late news 2 for ${name}`, false).waitFor({ state: 'attached' });
      await jump.getByTestId('jump-latest-count').filter({ hasText: /^2$/ }).waitFor();
      expect(await inView(page, messageWith(page, `Late news 1 for ${name}`, false))).toBe(false);
      // Give a wrong markRead time to reach the server, then check that none did.
      await page.waitForTimeout(1500);
      const waiting = await chatOf(stack!, me, group);
      expect(waiting.unreadCount).toBe(2);
      expect(waiting.myLastReadSeq).toBe(sent[69].seq);
      // The friend's receipts agree: Nina has not read the late news.
      const mine = (c: { members: { lastReadSeq: number; user: { id: string } }[] }) => c.members.find((m) => m.user.id === me.userId)!.lastReadSeq;
      expect(mine(await chatOf(stack!, friend, group))).toBeLessThan(late1.seq);

      // Scrolled into view, they are read (and the friend sees it).
      await messageWith(page, `Late news 2 for ${name}`, false).scrollIntoViewIfNeeded();
      await expect.poll(async () => (await chatOf(stack!, me, group)).unreadCount).toBe(0);
      await expect.poll(async () => mine(await chatOf(stack!, friend, group))).toBe(late2.seq);
      await item(page, group).getByTestId('unread-badge').waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    });
});
