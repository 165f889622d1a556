import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  Conversation,
  createGroup,
  errorCode,
  everyone,
  MESSAGES,
  normReactions,
  one,
  QUIET_MS,
  reactionsFor,
  SEND_MESSAGE,
  SILENCE_MS,
  WHO,
  type Who,
} from '#testing';

/**
 * Groups of A, B and C over graphql-ws: roles, system messages, rename, reply, edit and
 * reactions reach every member; a removed member gets nothing until re-added; an owner who leaves
 * passes ownership on. Each test makes its own group.
 */
describe('conversation: groups', () => {
  let conv: Conversation;

  beforeAll(async () => {
    conv = await Conversation.start();
  });

  afterAll(async () => {
    await conv?.stop();
  });

  it('a group: roles, system messages, rename, reply, edit and reactions reach every member', async () => {
    const { users, names, id } = conv;
    const created = await createGroup(conv.stack, users.A, 'Team', [id('B'), id('C')]);
    const group = created.id;
    expect(created).toMatchObject({ kind: 'GROUP', title: 'Team', lastSeq: 1, unreadCount: 0, myLastReadSeq: 1, lastMessage: { seq: 1, type: 'SYSTEM' } });
    expect(conv.roles(created)).toEqual({ A: 'OWNER', B: 'MEMBER', C: 'MEMBER' });
    let r = await conv.expectEvents({
      A: { chatUpdated: 1, newMessage: 1 },
      B: { chatUpdated: 1, newMessage: 1 },
      C: { chatUpdated: 1, newMessage: 1 },
    });
    for (const who of WHO) {
      expect(one(r, who, 'chatUpdated')).toMatchObject({ id: group, kind: 'GROUP', title: 'Team' });
      const sys = one(r, who, 'newMessage');
      expect(sys).toMatchObject({ chatId: group, seq: 1, type: 'SYSTEM', sender: { id: id('A') } });
      expect(sys.text).toContain('Team');
    }
    // The "created the group" message is nobody's unread message.
    await conv.expectReadState(group, { A: { unread: 0, lastRead: 1 }, B: { unread: 0, lastRead: 1 }, C: { unread: 0, lastRead: 1 } });
    await conv.watch('A', 'messageUpdated@team', group);

    // Rename: managers only.
    expect(errorCode(await conv.rename('B', group, 'Hijacked'))).toBe('FORBIDDEN');
    await conv.expectEvents({});
    const renamed = await conv.rename('A', group, 'Team Rocket');
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.renameGroup).toMatchObject({ title: 'Team Rocket', lastSeq: 2 });
    r = await conv.expectEvents({
      A: { chatUpdated: 1, newMessage: 1 },
      B: { chatUpdated: 1, newMessage: 1 },
      C: { chatUpdated: 1, newMessage: 1 },
    });
    for (const who of WHO) {
      expect(one(r, who, 'chatUpdated')).toMatchObject({ id: group, title: 'Team Rocket' });
      expect(one(r, who, 'newMessage')).toMatchObject({ seq: 2, type: 'SYSTEM' });
      expect(one(r, who, 'newMessage').text).toContain('Team Rocket');
    }
    expect(await conv.markRead('B', group, 2)).toMatchObject({ unreadCount: 0, myLastReadSeq: 2 });
    r = await conv.expectEvents({ A: { readReceipts: 1 }, B: { readReceipts: 1 }, C: { readReceipts: 1 } });
    expect(one(r, 'C', 'readReceipts')).toEqual({ chatId: group, userId: id('B'), lastReadSeq: 2 });

    // A message and a reply that quotes it.
    const gm1 = await conv.say('A', group, 'Meeting at noon');
    expect(gm1.seq).toBe(3);
    r = await conv.expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1 }, C: { newMessage: 1 } });
    expect(one(r, 'C', 'newMessage')).toMatchObject({ id: gm1.id, text: 'Meeting at noon' });
    const reply = await conv.say('C', group, 'Noon works for me', gm1.id);
    const quoted = { id: gm1.id, seq: 3, type: 'TEXT', text: 'Meeting at noon', deleted: false, sender: { id: id('A'), name: names.A } };
    expect(reply).toMatchObject({ seq: 4, sender: { id: id('C') }, replyTo: quoted });
    r = await conv.expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1 }, C: { newMessage: 1 } });
    for (const who of WHO) expect(one(r, who, 'newMessage')).toMatchObject({ id: reply.id, replyTo: quoted });
    await conv.expectReadState(group, { A: { unread: 1, lastRead: 3 }, B: { unread: 2, lastRead: 2 }, C: { unread: 0, lastRead: 4 } });

    // Edit: sender only; the history keeps the old text.
    const edited = await conv.edit('A', gm1.id, 'Meeting at 1pm');
    expect(edited.errors).toBeUndefined();
    const e = edited.data!.editMessage;
    expect(e).toMatchObject({ id: gm1.id, seq: 3, text: 'Meeting at 1pm', editHistory: [{ text: 'Meeting at noon' }] });
    expect(e.editedAt).toBeTruthy();
    expect(Date.parse(e.editHistory[0].editedAt)).toBe(Date.parse(e.editedAt!));
    r = await conv.expectEvents({ A: { messageUpdated: 1, 'messageUpdated@team': 1 }, B: { messageUpdated: 1 }, C: { messageUpdated: 1 } });
    for (const who of WHO)
      expect(one(r, who, 'messageUpdated')).toMatchObject({
        id: gm1.id,
        text: 'Meeting at 1pm',
        editedAt: e.editedAt,
        editHistory: [{ text: 'Meeting at noon' }],
      });
    expect(errorCode(await conv.edit('B', gm1.id, 'Meeting cancelled'))).toBe('FORBIDDEN');
    await conv.expectEvents({});
    expect((await conv.message('C', gm1.id))!.text).toBe('Meeting at 1pm');

    // Reactions: two emoji held by one user, one emoji by two users, a toggle that removes.
    const held: Record<string, string[]> = {};
    const steps: Array<[Who, string, boolean]> = [
      ['B', '👍', true],
      ['B', '❤️', true],
      ['C', '👍', true],
      ['B', '👍', false],
    ];
    for (const [who, emoji, added] of steps) {
      const res = await conv.react(who, gm1.id, emoji);
      expect(res.errors, `${who} ${emoji}`).toBeUndefined();
      held[emoji] = added ? [...(held[emoji] ?? []), id(who)] : (held[emoji] ?? []).filter((u) => u !== id(who));
      expect(normReactions(res.data!.toggleReaction.reactions), `${who} toggles ${emoji}`).toEqual(reactionsFor(id(who), held));
      r = await conv.expectEvents({ A: { reactions: 1 }, B: { reactions: 1 }, C: { reactions: 1 } });
      for (const viewer of WHO) {
        const ev = one(r, viewer, 'reactions');
        expect({ ...ev, reactions: normReactions(ev.reactions) }, `${viewer} sees ${who} toggle ${emoji}`).toEqual({
          chatId: group,
          messageId: gm1.id,
          userId: id(who),
          emoji,
          added,
          reactions: reactionsFor(id(viewer), held),
        });
      }
    }
    expect(held).toEqual({ '👍': [id('C')], '❤️': [id('B')] });
    for (const viewer of WHO) expect(normReactions((await conv.message(viewer, gm1.id))!.reactions)).toEqual(reactionsFor(id(viewer), held));
    expect(errorCode(await conv.react('B', gm1.id, 'abc'))).toBe('BAD_USER_INPUT');
    await conv.expectEvents({});
  });

  it('a removed member gets nothing of the group until re-added; an owner who leaves passes ownership on', async () => {
    const { users, names, id } = conv;
    const group = (await createGroup(conv.stack, users.A, 'Crew', [id('B'), id('C')])).id;
    await conv.expectEvents(everyone({ chatUpdated: 1, newMessage: 1 }));
    await conv.watch('A', 'messageUpdated@crew', group);

    const removed = await conv.removeMember('A', group, id('C'));
    expect(conv.roles(removed)).toEqual({ A: 'OWNER', B: 'MEMBER' });
    let r = await conv.expectEvents({ A: { chatUpdated: 1, newMessage: 1 }, B: { chatUpdated: 1, newMessage: 1 }, C: { chatUpdated: 1 } });
    const cSees = one(r, 'C', 'chatUpdated');
    expect(cSees.id).toBe(group);
    expect(cSees.members.map((m) => m.user.id)).not.toContain(id('C'));
    expect(one(r, 'A', 'newMessage')).toMatchObject({ seq: 2, type: 'SYSTEM' });

    // Every kind of group event now passes C by, although its subscriptions are still open.
    const gm3 = await conv.say('A', group, 'Just the two of us now');
    expect(gm3.seq).toBe(3);
    await conv.typing('B', group, true);
    expect((await conv.react('B', gm3.id, '🎉')).errors).toBeUndefined();
    expect((await conv.edit('A', gm3.id, 'Just us two now')).errors).toBeUndefined();
    await conv.markRead('B', group, 3);
    await conv.expectEvents(
      {
        A: { newMessage: 1, typing: 1, reactions: 1, messageUpdated: 1, 'messageUpdated@crew': 1, readReceipts: 1 },
        B: { newMessage: 1, reactions: 1, messageUpdated: 1, readReceipts: 1 },
      },
      SILENCE_MS,
    );
    expect(await conv.chatOf('C', group)).toBeNull();
    expect(errorCode(await as(conv.stack, users.C, MESSAGES, { chatId: group }))).toBe('NOT_FOUND');
    expect(await conv.message('C', gm3.id)).toBeNull();
    expect(await conv.listed('C', group)).toBeUndefined();
    const sent = await as(conv.stack, users.C, SEND_MESSAGE, { input: { chatId: group, clientId: 'c-after-removal', text: 'hello?' } });
    expect(errorCode(sent)).toBe('NOT_FOUND');
    await conv.expectEvents({});

    // Back in: C hears of it and of the group's new messages again.
    const added = await conv.addMembers('A', group, [id('C')]);
    expect(conv.roles(added)).toEqual({ A: 'OWNER', B: 'MEMBER', C: 'MEMBER' });
    r = await conv.expectEvents({
      A: { chatUpdated: 1, newMessage: 1 },
      B: { chatUpdated: 1, newMessage: 1 },
      C: { chatUpdated: 1, newMessage: 1 },
    });
    expect(one(r, 'C', 'chatUpdated')).toMatchObject({ id: group, title: 'Crew' });
    expect(one(r, 'C', 'newMessage')).toMatchObject({ seq: 4, type: 'SYSTEM' });
    // Newcomers start with the history read: only the "added" message is unread.
    await conv.expectReadState(group, { C: { unread: 1, lastRead: 3 }, B: { unread: 1, lastRead: 3 }, A: { unread: 0, lastRead: 4 } });
    const gm4 = await conv.say('B', group, 'Welcome back, C');
    r = await conv.expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1 }, C: { newMessage: 1 } });
    expect(one(r, 'C', 'newMessage')).toMatchObject({ id: gm4.id, seq: 5 });
    expect(await conv.markRead('C', group, 5)).toMatchObject({ unreadCount: 0, myLastReadSeq: 5 });
    await conv.expectEvents({ A: { readReceipts: 1 }, B: { readReceipts: 1 }, C: { readReceipts: 1 } });
    expect((await conv.messagesOf('C', group)).at(-1)!.id).toBe(gm4.id);

    // The owner leaves: the longest-serving remaining member becomes the owner.
    expect(await conv.leave('A', group)).toBe(true);
    // A is no longer a member: the notice of leaving moves nobody's read position.
    r = await conv.expectEvents({ A: { chatUpdated: 1 }, B: { chatUpdated: 1, newMessage: 1 }, C: { chatUpdated: 1, newMessage: 1 } }, QUIET_MS, false);
    const left = one(r, 'B', 'newMessage');
    expect(left).toMatchObject({ seq: 6, type: 'SYSTEM', sender: { id: id('A') } });
    expect(left.text).toContain(names.A);
    expect(left.text).toContain(names.B);
    expect(conv.roles((await conv.chatOf('B', group))!)).toEqual({ B: 'OWNER', C: 'MEMBER' });
    expect(conv.roles(one(r, 'C', 'chatUpdated'))).toEqual({ B: 'OWNER', C: 'MEMBER' });
    expect(await conv.chatOf('A', group)).toBeNull();
  });
});
