import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_REACTION,
  asOk,
  axeViolations,
  boxOf,
  chatOf,
  createDirect,
  createGroup,
  launchBrowser,
  login,
  ME,
  messageWith,
  openPage,
  SEND_MESSAGE,
  SET_MEMBER_ROLE,
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

/**
 * A probe of the browser's Notification API: every notification the page constructs is recorded
 * (title, body, and the object, to click it) before the real one is made.
 */
const NOTIFICATION_PROBE = `(() => {
  const Native = window.Notification;
  if (!Native) return;
  window.__notes = [];
  window.__asked = 0;
  class Recorded extends Native {
    constructor(title, options) {
      const note = { title, body: options && options.body };
      window.__notes.push(note);
      super(title, options);
      note.n = this;
    }
  }
  Object.defineProperty(Recorded, 'permission', { get: () => Native.permission });
  Recorded.requestPermission = (...args) => {
    window.__asked++;
    return Native.requestPermission(...args);
  };
  window.Notification = Recorded;
})();`;

type Note = { title: string; body: string };
const notes = (page: Page) => page.evaluate<Note[]>('window.__notes.map((n) => ({ title: n.title, body: n.body }))');
describe('web app: group info and management, emoji, who reacted, desktop notifications', () => {
  let stack: Stack | undefined;
  let web: WebApp | undefined;
  let browser: Browser | undefined;
  const errors: string[] = [];
  let ana: Session, bob: Session, cara: Session, dan: Session;
  const names: Record<string, string> = {};

  const newPage = (viewport: { width: number; height: number }, options: { hasTouch?: boolean } = {}) => openPage(browser!, errors, { viewport, ...options });
  const signIn = (page: Page, s: Session) => signInThroughUi(page, web!.url, stack!.mailbox.httpUrl, s.email);
  const openChat = async (page: Page, chatId: string) => {
    await page.locator(`[data-testid="chat-item"][data-chat-id="${chatId}"]`).click();
    await page.locator(`[data-testid="message-view"][data-chat-id="${chatId}"]`).waitFor();
  };
  const member = (page: Page, s: Session) => page.locator(`[data-testid="group-member"][data-user-id="${s.userId}"]`);
  const roles = async (chatId: string, as: Session) => Object.fromEntries((await chatOf(stack!, as, chatId)).members.map((m) => [m.user.id, m.role]));
  const send = (s: Session, chatId: string, text: string) => asOk(stack!, s, SEND_MESSAGE, { input: { chatId, clientId: randomUUID(), text } });

  beforeAll(async () => {
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000', LOGIN_CODE_COOLDOWN_SECONDS: '0', LOGIN_CODES_PER_EMAIL_PER_HOUR: '50' } });
    [web, browser] = await Promise.all([startWeb(stack.gatewayUrl), launchBrowser()]);
    mkdirSync(SHOTS, { recursive: true });
    [ana, bob, cara, dan] = await Promise.all([
      login(stack, uniqueEmail('ana')),
      login(stack, uniqueEmail('bob')),
      login(stack, uniqueEmail('cara')),
      login(stack, uniqueEmail('dan')),
    ]);
    for (const s of [ana, bob, cara, dan]) names[s.userId] = (await asOk(stack, s, ME)).me.name;
    // Dan shares a chat with Ana, so the people search finds him by name too.
    await createDirect(stack, ana, dan.userId);
  });

  afterAll(async () => {
    await settleAll([browser?.close(), web?.stop(), stack?.stop()]);
  });

  it("desktop: the owner renames, adds, changes roles, removes and leaves (handing over); a member sees it live and only what they may do; a refused action shows the server's reason", async () => {
    const group = (await createGroup(stack!, ana, 'Trip planning', [bob.userId, cara.userId])).id;
    const page = await newPage(DESKTOP);
    const bobPage = await newPage(DESKTOP);
    await Promise.all([signIn(page, ana), signIn(bobPage, bob)]);
    await Promise.all([openChat(page, group), openChat(bobPage, group)]);

    // The owner's panel: everyone with presence and role, and every action.
    await page.getByTestId('group-info-open').click();
    const panel = page.getByRole('dialog', { name: 'Group info' });
    await panel.waitFor();
    await expect.poll(() => page.getByTestId('group-member').count()).toBe(3);
    expect(await member(page, ana).getAttribute('data-role')).toBe('OWNER');
    expect(await member(page, ana).getByTestId('group-member-role').innerText()).toBe('Owner');
    expect(await member(page, bob).getAttribute('data-role')).toBe('MEMBER');
    // Bob has the page open: online.
    await member(page, bob).getByTestId('group-member-presence').filter({ hasText: 'online' }).waitFor();
    expect(await member(page, bob).getByTestId('group-member-remove').count()).toBe(1);
    expect(await member(page, bob).getByTestId('group-member-role-select').count()).toBe(1);
    expect(await member(page, ana).getByTestId('group-member-remove').count()).toBe(0);
    expect(await page.getByTestId('group-panel-add').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/group-info-desktop.png` });

    // A plain member's panel: the same people, no management actions, only Leave.
    await bobPage.getByTestId('group-info-open').click();
    await bobPage.getByRole('dialog', { name: 'Group info' }).waitFor();
    expect(await bobPage.getByTestId('group-panel-title').innerText()).toBe('Trip planning');
    expect(await bobPage.getByTestId('group-panel-title-input').count()).toBe(0);
    expect(await bobPage.getByTestId('group-panel-add').count()).toBe(0);
    expect(await bobPage.getByTestId('group-member-remove').count()).toBe(0);
    expect(await bobPage.getByTestId('group-member-role-select').count()).toBe(0);
    expect(await bobPage.getByTestId('group-panel-leave').count()).toBe(1);

    // Rename: Bob's open panel and header show it live.
    await page.getByTestId('group-panel-title-input').fill('Summer trip');
    await page.getByTestId('group-panel-rename').click();
    await bobPage
      .getByTestId('group-panel-title')
      .filter({ hasText: /^Summer trip$/ })
      .waitFor();
    await bobPage
      .getByTestId('chat-header-title')
      .filter({ hasText: /^Summer trip$/ })
      .waitFor();
    expect((await chatOf(stack!, ana, group)).title).toBe('Summer trip');

    // Add Dan through the people search.
    await page.getByTestId('group-panel-add').click();
    await page.getByTestId('group-add-search').fill(dan.email);
    await page.locator(`[data-testid="group-add-result"][data-user-id="${dan.userId}"]`).click();
    await page.getByTestId('group-add-confirm').click();
    await member(page, dan).waitFor();
    await member(bobPage, dan).waitFor();
    expect(Object.keys(await roles(group, ana))).toContain(dan.userId);

    // Make Bob an admin: his panel offers renaming, adding and removing plain members now.
    await member(page, bob).getByTestId('group-member-role-select').selectOption('ADMIN');
    await bobPage.locator(`[data-testid="group-member"][data-user-id="${bob.userId}"][data-role="ADMIN"]`).waitFor();
    await bobPage.getByTestId('group-panel-title-input').waitFor();
    expect(await bobPage.getByTestId('group-panel-add').count()).toBe(1);
    expect(await member(bobPage, cara).getByTestId('group-member-remove').count()).toBe(1);
    expect(await member(bobPage, ana).getByTestId('group-member-remove').count()).toBe(0);
    expect(await bobPage.getByTestId('group-member-role-select').count()).toBe(0);

    // Refused: Bob asks to remove Cara; before he confirms, the owner makes Cara an admin.
    await member(bobPage, cara).getByTestId('group-member-remove').click();
    await bobPage
      .getByTestId('group-confirm-text')
      .filter({ hasText: `Remove ${names[cara.userId]}` })
      .waitFor();
    await asOk(stack!, ana, SET_MEMBER_ROLE, { chatId: group, userId: cara.userId, role: 'ADMIN' });
    await bobPage.locator(`[data-testid="group-member"][data-user-id="${cara.userId}"][data-role="ADMIN"]`).waitFor();
    await bobPage.getByTestId('group-confirm-ok').click();
    const refusal = bobPage.getByTestId('group-panel-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toBe('Not allowed: admins can remove members only; the owner can remove admins.');
    expect((await roles(group, ana))[cara.userId]).toBe('ADMIN');

    // The owner makes Cara a member again and removes Dan.
    await member(page, cara).getByTestId('group-member-role-select').selectOption('MEMBER');
    await page.locator(`[data-testid="group-member"][data-user-id="${cara.userId}"][data-role="MEMBER"]`).waitFor();
    await member(page, dan).getByTestId('group-member-remove').click();
    await page.getByTestId('group-confirm-ok').click();
    await member(page, dan).waitFor({ state: 'detached' });
    await member(bobPage, dan).waitFor({ state: 'detached' });
    expect(await roles(group, ana)).toEqual({ [ana.userId]: 'OWNER', [bob.userId]: 'ADMIN', [cara.userId]: 'MEMBER' });

    // The owner leaves: the panel says who becomes the owner (the longest-serving admin, Bob).
    await page.getByTestId('group-panel-leave').click();
    expect(await page.getByTestId('group-confirm-text').innerText()).toBe(
      `Leave the group? You are the owner: ${names[bob.userId]} becomes the owner when you leave.`,
    );
    await page.getByTestId('group-confirm-ok').click();
    await page.getByTestId('no-chat-selected').waitFor();
    await page.locator(`[data-testid="chat-item"][data-chat-id="${group}"]`).waitFor({ state: 'detached' });
    await bobPage.locator(`[data-testid="group-member"][data-user-id="${bob.userId}"][data-role="OWNER"]`).waitFor();
    await member(bobPage, ana).waitFor({ state: 'detached' });
    expect(await roles(group, bob)).toEqual({ [bob.userId]: 'OWNER', [cara.userId]: 'MEMBER' });
    // Now the owner, Bob may change roles.
    expect(await member(bobPage, cara).getByTestId('group-member-role-select').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('phone: the panel fills the screen, has no serious accessibility problems, and Escape closes it back to its button', async () => {
    const group = (await createGroup(stack!, ana, 'Phone group', [bob.userId, cara.userId])).id;
    await asOk(stack!, ana, SET_MEMBER_ROLE, { chatId: group, userId: bob.userId, role: 'ADMIN' });
    const page = await newPage(PHONE, { hasTouch: true });
    await signIn(page, ana);
    await page.locator(`[data-testid="chat-item"][data-chat-id="${group}"]`).tap();
    await page.getByTestId('group-info-open').tap();
    await page.getByRole('dialog', { name: 'Group info' }).waitFor();
    await expect.poll(() => page.getByTestId('group-member').count()).toBe(3);
    expect(await member(page, bob).getAttribute('data-role')).toBe('ADMIN');
    const box = await boxOf(page.getByTestId('group-panel'));
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/group-info-phone.png` });
    await page.keyboard.press('Escape');
    await page.getByTestId('group-panel').waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('group-info-open');
    expect(errors).toEqual([]);
  });

  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`${label}: the emoji picker inserts at the caret by keyboard, adds reactions from "+", and a reaction names who reacted`, async () => {
      const group = (await createGroup(stack!, ana, `Emoji ${label}`, [bob.userId, cara.userId])).id;
      const fromBob = (await send(bob, group, 'Who is in for pizza?')).sendMessage.id;
      await asOk(stack!, cara, ADD_REACTION, { messageId: fromBob, emoji: '🎉' });
      const page = await newPage(viewport, { hasTouch: label === 'phone' });
      await signIn(page, ana);
      await openChat(page, group);

      // Composer: the caret after "Hi", then the picker by keyboard.
      const box = page.getByTestId('composer-input');
      await box.fill('Hi there');
      await box.press('Home');
      await box.press('ArrowRight');
      await box.press('ArrowRight');
      await page.getByTestId('composer-emoji').focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Insert emoji' }).waitFor();
      expect(await focusedTestId(page)).toBe('emoji-filter');
      expect(await axeViolations(page)).toEqual([]);
      // Escape closes it and gives the focus back to its button.
      await page.keyboard.press('Escape');
      await page.getByTestId('emoji-picker').waitFor({ state: 'detached' });
      expect(await focusedTestId(page)).toBe('composer-emoji');
      await page.keyboard.press('Enter');
      await page.getByTestId('emoji-picker').waitFor();
      await page.keyboard.press('ArrowDown'); // into the grid: the first emoji
      await page.keyboard.press('ArrowRight'); // the second: 😂
      expect(await page.evaluate<string | null>('document.activeElement?.dataset?.emoji ?? null')).toBe('😂');
      await page.keyboard.press('Enter');
      await page.getByTestId('emoji-picker').waitFor({ state: 'detached' });
      expect(await box.inputValue()).toBe('Hi😂 there');
      expect(await focusedTestId(page)).toBe('composer-input');
      // The caret is after the emoji: typing goes on there.
      await page.keyboard.type('!');
      expect(await box.inputValue()).toBe('Hi😂! there');
      await page.keyboard.press('Enter');
      await messageWith(page, 'Hi😂! there', true).waitFor();

      // Reactions: "+" on Bob's message, find by name, Enter.
      const message = messageWith(page, 'Who is in for pizza?', false);
      if (label === 'phone') await message.getByTestId('message-text').tap();
      else await message.hover();
      await message.getByTestId('react-more').click();
      await message.getByTestId('emoji-picker').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.type('party');
      // Partying face and party popper; the arrows move to the second.
      const found = await Promise.all((await message.getByTestId('emoji-option').all()).map((o) => o.getAttribute('data-emoji')));
      expect(found).toEqual(['🥳', '🎉']);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await message.getByTestId('emoji-picker').waitFor({ state: 'detached' });
      const chip = message.locator('[data-testid="reaction"][data-emoji="🎉"]');
      await chip.getByTestId('reaction-count').filter({ hasText: /^2$/ }).waitFor();
      expect(await chip.getAttribute('aria-pressed')).toBe('true');

      // Who reacted: hover (desktop) shows the names; on a phone the tapped message lists them.
      const who = `You, ${names[cara.userId]}`;
      if (label === 'desktop') {
        await chip.hover();
        await chip.getByTestId('reaction-who').filter({ hasText: who }).waitFor();
        expect(await chip.getByTestId('reaction-who').isVisible()).toBe(true);
      } else {
        const list = message.getByTestId('reaction-names');
        if (!(await list.isVisible())) await message.getByTestId('message-text').tap();
        await list.filter({ hasText: who }).waitFor();
      }
      expect(errors).toEqual([]);
    });
  }

  it("notifications: asked for only on click, remembered; shown for others' messages unless their chat is open and focused; a click opens the chat", async () => {
    // Without permission given: nothing is asked until the viewer clicks; a refusal is said and they stay off.
    const unasked = await newPage(DESKTOP);
    await unasked.context().addInitScript(NOTIFICATION_PROBE);
    await signIn(unasked, cara);
    await unasked.getByTestId('notifications-toggle').waitFor();
    expect(await unasked.evaluate<number>('window.__asked')).toBe(0);
    await unasked.getByTestId('notifications-toggle').click();
    await unasked
      .getByTestId('notifications-note')
      .filter({ hasText: /blocked|did not allow/ })
      .waitFor();
    expect(await unasked.evaluate<number>('window.__asked')).toBe(1);
    expect(await unasked.getByTestId('notifications-toggle').getAttribute('aria-pressed')).toBe('false');
    await unasked.context().close();

    const group = (await createGroup(stack!, bob, 'Night owls', [ana.userId, cara.userId])).id;
    const direct = (await createDirect(stack!, bob, ana.userId)).id;
    const page = await newPage(DESKTOP);
    const context: BrowserContext = page.context();
    await context.grantPermissions(['notifications'], { origin: web!.url });
    await context.addInitScript(NOTIFICATION_PROBE);
    await signIn(page, ana);
    const toggle = page.getByTestId('notifications-toggle');
    await toggle.waitFor();
    expect(await toggle.getAttribute('data-state')).toBe('off');
    expect(await page.evaluate<string | null>('localStorage.getItem("parley.notifications")')).toBeNull();

    // Off: nothing is shown.
    await openChat(page, direct);
    await send(bob, group, 'before turning them on');
    await page.locator(`[data-testid="chat-item"][data-chat-id="${group}"]`).filter({ hasText: 'before turning them on' }).waitFor();
    expect(await notes(page)).toEqual([]);

    await toggle.click();
    await page.locator('[data-testid="notifications-toggle"][data-state="on"]').waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate<string | null>('localStorage.getItem("parley.notifications")')).toBe('on');

    // The open, focused chat: no notification. Own messages: none either.
    await send(bob, direct, 'in the open chat');
    await messageWith(page, 'in the open chat').waitFor();
    await send(ana, group, 'my own message');
    await page.locator(`[data-testid="chat-item"][data-chat-id="${group}"]`).filter({ hasText: 'my own message' }).waitFor();
    expect(await notes(page)).toEqual([]);

    // Another chat is open: a notification, titled by sender and group.
    await send(bob, group, 'Anyone awake?');
    await expect.poll(() => notes(page)).toEqual([{ title: `${names[bob.userId]} in Night owls`, body: 'Anyone awake?' }]);

    // The open chat while the tab is in the background (another tab in front): a notification.
    // Playwright tells every page it has the focus unless told to let the browser decide.
    await (await context.newCDPSession(page)).send('Emulation.setFocusEmulationEnabled', { enabled: false });
    const other = await context.newPage();
    await other.goto('about:blank');
    await other.bringToFront();
    await expect.poll(() => page.evaluate<boolean>('document.visibilityState !== "visible" || !document.hasFocus()')).toBe(true);
    await send(bob, direct, 'ping while you are away');
    await expect.poll(async () => (await notes(page)).length).toBe(2);
    expect((await notes(page))[1]).toEqual({ title: names[bob.userId], body: 'ping while you are away' });

    // A click on the group's notification brings the tab forward and opens the group.
    await page.bringToFront();
    await page.evaluate('window.__notes[0].n.dispatchEvent(new Event("click"))');
    await page.locator(`[data-testid="message-view"][data-chat-id="${group}"]`).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/chats/${group}`);

    // The choice is remembered.
    await page.reload();
    await page.locator('[data-testid="notifications-toggle"][data-state="on"]').waitFor();
    await toggle.click();
    await page.locator('[data-testid="notifications-toggle"][data-state="off"]').waitFor();
    expect(await page.evaluate<string | null>('localStorage.getItem("parley.notifications")')).toBe('off');
    expect(errors).toEqual([]);
  });
});
