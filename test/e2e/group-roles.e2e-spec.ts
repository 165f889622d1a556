import { randomBytes } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  asOk,
  CHAT_UPDATED,
  chatOf,
  createDirect,
  createGroup,
  errorCode,
  login,
  NEW_MESSAGE,
  pageOf,
  REMOVE_MEMBER,
  RENAME_GROUP,
  SET_MEMBER_ROLE,
  Stack,
  Subscription,
  unchecked,
  wsClient,
  type ChatView,
  type GqlResult,
  type MemberRole,
  type Session,
} from '#testing';

/**
 * setMemberRole: the owner makes members admins and back, or hands the group over (the old
 * owner becomes an admin). Nobody else may change roles; direct chats have none; every change
 * is a SYSTEM message and a chatUpdated event to the members, and setting the same role again
 * changes nothing.
 */

const fakeId = () => randomBytes(12).toString('hex');
const field = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.field;

describe('setMemberRole', () => {
  let stack: Stack;
  let a: Session, b: Session, c: Session, d: Session;
  const clients: Client[] = [];

  const roles = (chat: ChatView) => Object.fromEntries(chat.members.map((m) => [m.user.id, m.role]));
  const setRole = (s: Session, chatId: string, userId: string, role: MemberRole) => as(stack, s, SET_MEMBER_ROLE, { chatId, userId, role });
  const setRoleOk = async (s: Session, chatId: string, userId: string, role: MemberRole) =>
    (await asOk(stack, s, SET_MEMBER_ROLE, { chatId, userId, role })).setMemberRole;

  beforeAll(async () => {
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '1000' } });
    [a, b, c, d] = await Promise.all([login(stack), login(stack), login(stack), login(stack)]);
  });

  afterAll(async () => {
    for (const client of clients) await Promise.resolve(client.dispose()).catch(() => undefined);
    await stack?.stop();
  });

  it('the owner makes a member an admin and back, with SYSTEM messages; the same role again changes nothing', async () => {
    const group = await createGroup(stack, a, 'Roles', [b.userId, c.userId]);
    const promoted = await setRoleOk(a, group.id, b.userId, 'ADMIN');
    expect(roles(promoted)).toEqual({ [a.userId]: 'OWNER', [b.userId]: 'ADMIN', [c.userId]: 'MEMBER' });
    expect(promoted.lastMessage).toMatchObject({ type: 'SYSTEM', seq: 2 });
    expect(promoted.lastMessage?.text).toMatch(/ made .+ an admin$/);

    // Again: no new message, nothing changes.
    const again = await setRoleOk(a, group.id, b.userId, 'ADMIN');
    expect(again.lastSeq).toBe(2);
    expect(roles(again)).toEqual(roles(promoted));

    // The new admin may now do what admins do: remove a plain member.
    const removed = (await asOk(stack, b, REMOVE_MEMBER, { chatId: group.id, userId: c.userId })).removeMember;
    expect(removed.members.map((m) => m.user.id)).not.toContain(c.userId);

    const demoted = await setRoleOk(a, group.id, b.userId, 'MEMBER');
    expect(roles(demoted)).toEqual({ [a.userId]: 'OWNER', [b.userId]: 'MEMBER' });
    expect(demoted.lastMessage?.text).toMatch(/ made .+ a member$/);
    // As a plain member again, B may not rename.
    expect(errorCode(await as(stack, b, RENAME_GROUP, { chatId: group.id, title: 'Mine' }))).toBe('FORBIDDEN');
  });

  it('OWNER hands the group over: the old owner becomes an admin, and the new owner decides from then on', async () => {
    const group = await createGroup(stack, a, 'Hand-over', [b.userId, c.userId]);
    const handed = await setRoleOk(a, group.id, c.userId, 'OWNER');
    expect(roles(handed)).toEqual({ [a.userId]: 'ADMIN', [b.userId]: 'MEMBER', [c.userId]: 'OWNER' });
    expect(handed.lastMessage?.text).toMatch(/ made .+ the owner$/);
    expect(roles(await chatOf(stack, b, group.id))).toEqual(roles(handed));

    // The old owner, now an admin, may not change roles any more; the new owner may.
    const refused = await setRole(a, group.id, b.userId, 'ADMIN');
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/only the owner/);
    expect(roles(await setRoleOk(c, group.id, a.userId, 'MEMBER'))).toEqual({ [a.userId]: 'MEMBER', [b.userId]: 'MEMBER', [c.userId]: 'OWNER' });
  });

  it('refuses admins and members (FORBIDDEN), direct chats, non-members, the owner stepping down (BAD_USER_INPUT), outsiders (NOT_FOUND)', async () => {
    const group = await createGroup(stack, a, 'Refusals', [b.userId, c.userId]);
    await setRoleOk(a, group.id, b.userId, 'ADMIN');
    const before = JSON.stringify(roles(await chatOf(stack, a, group.id)));
    const lastSeq = (await chatOf(stack, a, group.id)).lastSeq;

    // An admin may not change roles, not even to promote a member or themself.
    for (const [who, target, role] of [
      [b, c.userId, 'ADMIN'],
      [b, b.userId, 'OWNER'],
      [c, c.userId, 'ADMIN'],
      [c, a.userId, 'MEMBER'],
    ] as const) {
      const r = await setRole(who, group.id, target, role);
      expect(errorCode(r)).toBe('FORBIDDEN');
      expect(r.data?.setMemberRole ?? null).toBeNull();
    }
    // Someone outside the group learns nothing: the same answer as for a chat that does not exist.
    expect(errorCode(await setRole(d, group.id, c.userId, 'ADMIN'))).toBe('NOT_FOUND');
    expect(errorCode(await setRole(a, fakeId(), c.userId, 'ADMIN'))).toBe('NOT_FOUND');

    // Bad input names the field.
    const notMember = await setRole(a, group.id, d.userId, 'ADMIN');
    expect([errorCode(notMember), field(notMember)]).toEqual(['BAD_USER_INPUT', 'userId']);
    expect(notMember.errors?.[0]?.message).toMatch(/not a member/);
    const stepDown = await setRole(a, group.id, a.userId, 'ADMIN');
    expect([errorCode(stepDown), field(stepDown)]).toEqual(['BAD_USER_INPUT', 'userId']);
    expect(stepDown.errors?.[0]?.message).toMatch(/OWNER/);
    const badUser = await setRole(a, group.id, 'not-an-id', 'ADMIN');
    expect([errorCode(badUser), field(badUser)]).toEqual(['BAD_USER_INPUT', 'userId']);
    const badChat = await setRole(a, 'nope', c.userId, 'ADMIN');
    expect([errorCode(badChat), field(badChat)]).toEqual(['BAD_USER_INPUT', 'chatId']);
    // A role outside the enum is refused by GraphQL validation before it reaches the service.
    const badRole = await as(stack, a, unchecked(SET_MEMBER_ROLE), { chatId: group.id, userId: c.userId, role: 'KING' });
    expect(badRole.errors?.length).toBeGreaterThan(0);
    expect(badRole.data ?? null).toBeNull();

    const direct = await createDirect(stack, a, b.userId);
    const inDirect = await setRole(a, direct.id, b.userId, 'ADMIN');
    expect([errorCode(inDirect), field(inDirect)]).toEqual(['BAD_USER_INPUT', 'chatId']);

    // Nothing changed, and no message was written.
    const after = await chatOf(stack, a, group.id);
    expect(JSON.stringify(roles(after))).toBe(before);
    expect(after.lastSeq).toBe(lastSeq);
  });

  it('members get chatUpdated with the new roles, and the SYSTEM message as a new message', async () => {
    const group = await createGroup(stack, a, 'Live roles', [b.userId, c.userId]);
    const client = wsClient(stack.gatewayUrl, b.accessToken);
    clients.push(client);
    const updates = new Subscription(client, CHAT_UPDATED);
    const messages = new Subscription(client, NEW_MESSAGE, { chatId: group.id });
    // Make sure both streams are live: a rename reaches both.
    let n = 0;
    const seen = await updates.live(async () => {
      const title = `Live roles ${++n}`;
      await asOk(stack, a, RENAME_GROUP, { chatId: group.id, title });
      return (e) => e.chatUpdated.title === title;
    });
    await messages.waitFor(1);
    const messagesBefore = messages.events.length;

    await setRoleOk(a, group.id, c.userId, 'ADMIN');
    const events = await updates.waitFor(seen + 1);
    const event = events[seen].chatUpdated;
    expect(event.id).toBe(group.id);
    expect(roles(event)).toEqual({ [a.userId]: 'OWNER', [b.userId]: 'MEMBER', [c.userId]: 'ADMIN' });
    const said = await messages.waitFor(messagesBefore + 1);
    expect(said[messagesBefore].newMessage).toMatchObject({ chatId: group.id, type: 'SYSTEM' });
    expect(said[messagesBefore].newMessage.text).toMatch(/ made .+ an admin$/);
    // The message is in the history too.
    const page = await pageOf(stack, b, group.id);
    expect(page.messages.map((m) => m.text).at(-1)).toMatch(/ made .+ an admin$/);
    updates.close();
    messages.close();
  });
});
