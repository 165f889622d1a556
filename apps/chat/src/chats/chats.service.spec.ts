import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorCode } from '#contracts';
import { chatServices } from '../../test/fakes.js';
import { directKeyOf } from './chat-rules.js';
import { newId } from './chats.repository.js';

// ChatsService on fake adapters (apps/chat/test/fakes.ts): the chat store, the messages
// collection and the user service in memory; the service, MessageWriter, ChatViews and
// UserDirectory are the real ones. Groups here have at most four members.

const MAX = 4;

function setup() {
  const s = chatServices({ GROUP_MAX_MEMBERS: String(MAX) });
  const [ada, bo, cy, dan, eve] = s.userService.add('Ada', 'Bo', 'Cy', 'Dan', 'Eve');
  /** The texts of a chat's system messages, oldest first. */
  const systemTexts = (chatId: string) =>
    s.messages
      .of(chatId)
      .filter((m) => m.type === 'system')
      .map((m) => m.text);
  return { ...s, ada, bo, cy, dan, eve, systemTexts };
}

/** "Team": Ada the owner, Bo an admin, Cy and Dan members; the events so far cleared. */
async function team() {
  const s = setup();
  const { id } = await s.chats.createGroup(s.ada, 'Team', [s.bo, s.cy, s.dan]);
  await s.chats.setMemberRole(s.ada, id, s.bo, 'admin');
  s.store.events.length = 0;
  return { ...s, chatId: id };
}

const refused = (code: ErrorCode, field?: string) => ({ code, ...(field ? { details: { field } } : {}) });
const roles = (chat: { members: Array<{ userId: string; role: string }> }) => Object.fromEntries(chat.members.map((m) => [m.userId, m.role]));
const sorted = (ids: string[]) => [...ids].sort();

afterEach(() => {
  vi.useRealTimers();
});

describe('ChatsService direct chats', () => {
  it('one per pair, whoever starts it: the second call answers the same chat and announces nothing', async () => {
    const { chats, store, ada, bo } = setup();
    const first = await chats.createDirect(ada, bo);
    expect(first).toMatchObject({ kind: 'direct', lastSeq: 0 });
    expect(roles(first)).toEqual({ [ada]: 'member', [bo]: 'member' });
    const second = await chats.createDirect(bo, ada);
    expect(second.id).toBe(first.id);
    expect(store.docs.size).toBe(1);
    expect(store.published('chat.updated').map((e) => [sorted(e.to), e.event.membership])).toEqual([[sorted([ada, bo]), 'joined']]);
    expect(await chats.chatIdsOf(ada)).toEqual([first.id]);
    expect(await chats.chatIdsOf(bo)).toEqual([first.id]);
  });

  it('not with yourself, not with someone who does not exist', async () => {
    const { chats, store, ada } = setup();
    await expect(chats.createDirect(ada, ada)).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'userId'));
    await expect(chats.createDirect(ada, 'nobody')).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'userId'));
    expect(store.docs.size).toBe(0);
    expect(store.events).toEqual([]);
  });

  it('a pair’s chat made before direct chat ids were derived from the pair is answered, not doubled', async () => {
    const { chats, store, ada, bo } = setup();
    const legacyId = newId();
    const at = Date.now();
    const member = { role: 'member' as const, joinedAt: at, lastReadSeq: 0 };
    store.insertDoc({
      id: legacyId,
      kind: 'direct',
      directKey: directKeyOf(ada, bo),
      lastSeq: 0,
      lastActivityAt: at,
      createdAt: at,
      members: { [ada]: member, [bo]: member },
      former: {},
      deletedSeqs: [],
    });
    await expect(chats.createDirect(bo, ada)).resolves.toMatchObject({ id: legacyId });
    expect(store.docs.size).toBe(1);
  });

  it('cannot be left, has no roles, title or members to manage', async () => {
    const { chats, ada, bo, cy } = setup();
    const { id } = await chats.createDirect(ada, bo);
    await expect(chats.leave(ada, id)).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'chatId'));
    await expect(chats.rename(ada, id, 'Us')).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'chatId'));
    await expect(chats.addMembers(ada, id, [cy])).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'chatId'));
    await expect(chats.setMemberRole(ada, id, bo, 'admin')).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'chatId'));
    expect(roles(await chats.get(ada, id))).toEqual({ [ada]: 'member', [bo]: 'member' });
  });
});

describe('ChatsService.createGroup', () => {
  it('the creator owns it, the others are members with nothing unread; everyone learns of the chat before its first message', async () => {
    const { chats, store, ada, bo, cy, systemTexts } = setup();
    const group = await chats.createGroup(ada, 'Team', [bo, cy]);
    expect(group).toMatchObject({ kind: 'group', title: 'Team', lastSeq: 1 });
    expect(roles(group)).toEqual({ [ada]: 'owner', [bo]: 'member', [cy]: 'member' });
    expect(systemTexts(group.id)).toEqual(['Ada created the group “Team”']);
    await expect(chats.get(bo, group.id)).resolves.toMatchObject({ unreadCount: 0, myLastReadSeq: 1 });
    expect(store.events.map((e) => [e.event.type, sorted(e.to)])).toEqual([
      ['chat.updated', sorted([ada, bo, cy])],
      ['message.created', sorted([ada, bo, cy])],
    ]);
    for (const u of [ada, bo, cy]) expect(await chats.chatIdsOf(u)).toEqual([group.id]);
  });

  it('needs someone besides the creator, people who exist, and at most GROUP_MAX_MEMBERS in all', async () => {
    const { chats, store, ada, bo, cy, dan, eve } = setup();
    await expect(chats.createGroup(ada, 'Alone', [ada])).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'memberIds'));
    await expect(chats.createGroup(ada, 'Ghosts', [bo, 'nobody'])).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'memberIds'));
    await expect(chats.createGroup(ada, 'Crowd', [bo, cy, dan, eve])).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'memberIds'));
    expect(store.docs.size).toBe(0);
    const full = await chats.createGroup(ada, 'Full', [ada, bo, cy, dan]);
    expect(full.members).toHaveLength(MAX);
  });
});

describe('ChatsService group management', () => {
  it('rename: the owner and admins, not members; a system message and chat.updated to all; the same title again is nothing', async () => {
    const { chats, store, chatId, ada, bo, cy, dan, eve, systemTexts } = await team();
    await expect(chats.rename(cy, chatId, 'Mine')).rejects.toMatchObject(refused(ErrorCode.FORBIDDEN));
    await expect(chats.rename(eve, chatId, 'Mine')).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
    await expect(chats.rename(bo, chatId, 'Crew')).resolves.toMatchObject({ title: 'Crew' });
    await expect(chats.rename(ada, chatId, 'Crew')).resolves.toMatchObject({ title: 'Crew' });
    expect(systemTexts(chatId).slice(-1)).toEqual(['Bo renamed the group to “Crew”']);
    expect(store.published('message.created')).toHaveLength(1);
    expect(store.published('chat.updated').map((e) => [sorted(e.to), e.event.membership])).toEqual([[sorted([ada, bo, cy, dan]), 'changed']]);
  });

  it('addMembers: by the owner and admins; newcomers have read what came before, learn of the chat first, and get the "added" message', async () => {
    const s = setup();
    const { chats, store, ada, bo, cy, dan, systemTexts } = s;
    const { id } = await chats.createGroup(ada, 'Team', [bo]);
    await expect(chats.addMembers(bo, id, [cy])).rejects.toMatchObject(refused(ErrorCode.FORBIDDEN));
    await chats.setMemberRole(ada, id, bo, 'admin');
    await s.messaging.send({ viewerId: ada, chatId: id, clientId: 'hello', text: 'hello' });
    store.events.length = 0;

    const after = await chats.addMembers(bo, id, [cy, dan, bo]);
    expect(roles(after)).toEqual({ [ada]: 'owner', [bo]: 'admin', [cy]: 'member', [dan]: 'member' });
    expect(systemTexts(id).slice(-1)).toEqual(['Bo added Cy, Dan']);
    // Everything before the "added" message counts as read for them; that message is new.
    await expect(chats.get(cy, id)).resolves.toMatchObject({ lastSeq: 4, myLastReadSeq: 3, unreadCount: 1 });
    expect(store.events.map((e) => [e.event.type, e.event.type === 'chat.updated' ? e.event.membership : '', sorted(e.to)])).toEqual([
      ['chat.updated', 'joined', sorted([cy, dan])],
      ['chat.updated', 'changed', sorted([ada, bo])],
      ['message.created', '', sorted([ada, bo, cy, dan])],
    ]);
    expect(await chats.chatIdsOf(dan)).toEqual([id]);

    // Nobody new: nothing happens.
    store.events.length = 0;
    await chats.addMembers(ada, id, [cy]);
    expect(store.events).toEqual([]);
  });

  it('addMembers: at most GROUP_MAX_MEMBERS, people who exist; someone who left comes back as a member', async () => {
    const { chats, store, chatId, ada, cy, eve } = await team();
    await expect(chats.addMembers(ada, chatId, [eve])).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'userIds'));
    await chats.leave(cy, chatId);
    await expect(chats.addMembers(ada, chatId, ['nobody'])).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'userIds'));
    expect(store.states.get(chatId)!.former).toHaveProperty(cy);
    const back = await chats.addMembers(ada, chatId, [cy]);
    expect(roles(back)[cy]).toBe('member');
    expect(store.states.get(chatId)!.former).not.toHaveProperty(cy);
  });

  it('removeMember: owners remove anyone, admins only members, members nobody; the removed one is told they left and loses the chat', async () => {
    const { chats, store, chatId, ada, bo, cy, dan, eve, systemTexts } = await team();
    await chats.setMemberRole(ada, chatId, dan, 'admin');
    store.events.length = 0;
    await expect(chats.removeMember(bo, chatId, dan)).rejects.toMatchObject(refused(ErrorCode.FORBIDDEN));
    await expect(chats.removeMember(bo, chatId, ada)).rejects.toMatchObject(refused(ErrorCode.FORBIDDEN));
    await expect(chats.removeMember(cy, chatId, dan)).rejects.toMatchObject(refused(ErrorCode.FORBIDDEN));
    await expect(chats.removeMember(bo, chatId, bo)).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'userId'));
    await expect(chats.removeMember(bo, chatId, eve)).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'userId'));
    expect(store.events).toEqual([]);

    const after = await chats.removeMember(bo, chatId, cy);
    expect(after.members.map((m) => m.userId)).not.toContain(cy);
    expect(systemTexts(chatId).slice(-1)).toEqual(['Bo removed Cy']);
    expect(store.events.map((e) => [e.event.type, e.event.type === 'chat.updated' ? e.event.membership : '', sorted(e.to)])).toEqual([
      ['message.created', '', sorted([ada, bo, dan])],
      ['chat.updated', 'left', [cy]],
      ['chat.updated', 'changed', sorted([ada, bo, dan])],
    ]);
    expect(await chats.chatIdsOf(cy)).toEqual([]);
    expect(store.inboxes.get(cy)).not.toContain(chatId);
    await expect(chats.get(cy, chatId)).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
    await expect(chats.get(cy, chatId, true)).resolves.toMatchObject({ id: chatId, unreadCount: 0 });

    await expect(chats.removeMember(ada, chatId, dan)).resolves.toBeDefined(); // the owner removes an admin
  });

  it('setMemberRole: only the owner; OWNER hands the group over and the old owner becomes an admin; the owner cannot just step down', async () => {
    const { chats, store, chatId, ada, bo, cy, eve, systemTexts } = await team();
    await expect(chats.setMemberRole(bo, chatId, cy, 'admin')).rejects.toMatchObject(refused(ErrorCode.FORBIDDEN));
    await expect(chats.setMemberRole(ada, chatId, eve, 'admin')).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'userId'));
    await expect(chats.setMemberRole(ada, chatId, ada, 'member')).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'userId'));

    expect(roles(await chats.setMemberRole(ada, chatId, cy, 'admin'))).toMatchObject({ [cy]: 'admin' });
    await chats.setMemberRole(ada, chatId, cy, 'admin'); // already: nothing
    expect(roles(await chats.setMemberRole(ada, chatId, bo, 'member'))).toMatchObject({ [bo]: 'member' });
    expect(roles(await chats.setMemberRole(ada, chatId, cy, 'owner'))).toMatchObject({ [ada]: 'admin', [cy]: 'owner' });
    expect(systemTexts(chatId).slice(-3)).toEqual(['Ada made Cy an admin', 'Ada made Bo a member', 'Ada made Cy the owner']);
    expect(store.published('chat.updated')).toHaveLength(3);
    // Ada is an admin now.
    await expect(chats.setMemberRole(ada, chatId, bo, 'admin')).rejects.toMatchObject(refused(ErrorCode.FORBIDDEN));
    await expect(chats.setHistory(ada, chatId, 'from_join')).rejects.toMatchObject(refused(ErrorCode.FORBIDDEN));
  });

  it('setHistory: only the owner; members added after from_join do not see what came before', async () => {
    const { chats, messaging, chatId, ada, bo, cy, dan, eve, systemTexts } = await team();
    const before = await messaging.send({ viewerId: cy, chatId, clientId: 'before', text: 'before Eve' });
    await expect(chats.setHistory(bo, chatId, 'from_join')).rejects.toMatchObject(refused(ErrorCode.FORBIDDEN));
    await expect(chats.setHistory(ada, chatId, 'from_join')).resolves.toMatchObject({ history: 'from_join' });
    expect(systemTexts(chatId).slice(-1)).toEqual(['Ada made earlier messages hidden from new members']);
    await chats.removeMember(ada, chatId, dan);
    await chats.addMembers(ada, chatId, [eve]);
    await messaging.send({ viewerId: cy, chatId, clientId: 'after', text: 'after Eve' });

    const seen = (await messaging.list(eve, chatId, undefined, undefined, 50)).messages.map((m) => m.text);
    expect(seen).toEqual(['Ada added Eve', 'after Eve']);
    await expect(messaging.get(eve, before.id)).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
    await expect(messaging.send({ viewerId: eve, chatId, clientId: 'q', text: 'what?', replyToId: before.id })).rejects.toMatchObject(
      refused(ErrorCode.BAD_USER_INPUT, 'replyToId'),
    );
    expect((await messaging.list(bo, chatId, undefined, undefined, 50)).messages.map((m) => m.text)).toContain('before Eve');
  });
});

describe('ChatsService.leave', () => {
  it('an owner who leaves hands the group to the longest-serving admin, else the longest-serving member', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = new Date('2026-12-01T10:00:00Z').getTime();
    /** Ada's group that Zed, Yan and Bo joined in this order: the reverse of their ids' order. */
    const grow = async () => {
      const s = setup();
      const [zed, yan] = s.userService.add('Zed', 'Yan');
      vi.setSystemTime(t0);
      const { id } = await s.chats.createGroup(s.ada, 'Team', [zed]);
      vi.setSystemTime(t0 + 1000);
      await s.chats.addMembers(s.ada, id, [yan]);
      vi.setSystemTime(t0 + 2000);
      await s.chats.addMembers(s.ada, id, [s.bo]);
      return { ...s, zed, yan, chatId: id };
    };

    const members = await grow();
    await expect(members.chats.leave(members.ada, members.chatId)).resolves.toBe(true);
    expect(roles(await members.chats.get(members.bo, members.chatId))).toEqual({ [members.zed]: 'owner', [members.yan]: 'member', [members.bo]: 'member' });
    expect(members.systemTexts(members.chatId).slice(-1)).toEqual(['Ada left; Zed is the owner now']);

    const admins = await grow();
    await admins.chats.setMemberRole(admins.ada, admins.chatId, admins.bo, 'admin');
    await admins.chats.setMemberRole(admins.ada, admins.chatId, admins.yan, 'admin');
    await admins.chats.leave(admins.ada, admins.chatId);
    expect(roles(await admins.chats.get(admins.bo, admins.chatId))).toEqual({ [admins.zed]: 'member', [admins.yan]: 'owner', [admins.bo]: 'admin' });
  });

  it('the one who leaves is told they left and keeps the chat only as a former member; the others are told it changed', async () => {
    const { chats, store, chatId, ada, bo, cy, dan, systemTexts } = await team();
    await chats.leave(cy, chatId);
    expect(systemTexts(chatId).slice(-1)).toEqual(['Cy left']);
    expect(store.events.map((e) => [e.event.type, e.event.type === 'chat.updated' ? e.event.membership : '', sorted(e.to)])).toEqual([
      ['message.created', '', sorted([ada, bo, dan])],
      ['chat.updated', 'left', [cy]],
      ['chat.updated', 'changed', sorted([ada, bo, dan])],
    ]);
    expect(roles(await chats.get(ada, chatId))).toEqual({ [ada]: 'owner', [bo]: 'admin', [dan]: 'member' });
    expect(await chats.chatIdsOf(cy)).toEqual([]);
    expect(store.inboxes.get(cy)).not.toContain(chatId);
    await expect(chats.access(cy, chatId)).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
    await expect(chats.get(cy, chatId, true)).resolves.toMatchObject({ id: chatId });
    await expect(chats.leave(cy, chatId)).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
  });

  it('the last one out leaves no message behind', async () => {
    const { chats, store, ada, bo, systemTexts } = setup();
    const { id } = await chats.createGroup(ada, 'Pair', [bo]);
    await chats.leave(bo, id);
    const messagesBefore = systemTexts(id).length;
    await chats.leave(ada, id);
    expect(systemTexts(id)).toHaveLength(messagesBefore);
    expect(store.states.get(id)!.members).toEqual({});
    expect(Object.keys(store.states.get(id)!.former).sort()).toEqual(sorted([ada, bo]));
  });
});

describe('ChatsService reads', () => {
  it('a viewer’s chats, newest activity first, paged by cursor; chats they left and chats of others are not among them', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { chats, messaging, ada, bo, cy, dan } = setup();
    const at = (seconds: number) => vi.setSystemTime(new Date('2026-12-01T10:00:00Z').getTime() + seconds * 1000);
    at(0);
    const withBo = (await chats.createDirect(ada, bo)).id;
    at(1);
    const withCy = (await chats.createDirect(ada, cy)).id;
    at(2);
    const group = (await chats.createGroup(ada, 'Team', [bo, cy])).id;
    at(3);
    const left = (await chats.createGroup(ada, 'Old', [dan])).id;
    await chats.leave(ada, left);
    await chats.createDirect(bo, cy);
    at(4);
    await messaging.send({ viewerId: bo, chatId: withBo, clientId: 'latest', text: 'latest' });

    const first = await chats.list(ada, 2);
    expect(first.chats.map((c) => c.chat.id)).toEqual([withBo, group]);
    expect(first.hasNextPage).toBe(true);
    const rest = await chats.list(ada, 2, first.chats[1].cursor);
    expect(rest.chats.map((c) => c.chat.id)).toEqual([withCy]);
    expect(rest.hasNextPage).toBe(false);
    expect(sorted(await chats.contactsOf(ada))).toEqual(sorted([bo, cy]));
    await expect(chats.access(ada, newId())).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
  });
});
