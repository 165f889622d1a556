import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conversation, createGroup, errorCode, everyone, one, WHO, type MessageView } from '#testing';

/**
 * Deleting over graphql-ws, in a group of A, B and C: A's message (edited, with reactions, and
 * quoted by C's reply) deleted for everyone, and B's message hidden by C for itself.
 */
describe('conversation: deleting', () => {
  let conv: Conversation;
  let group = '';
  let gm1: MessageView; // A's message: edited, reacted to, replied to
  let reply: MessageView; // C's reply to gm1

  beforeAll(async () => {
    conv = await Conversation.start();
    const { users, id } = conv;
    group = (await createGroup(conv.stack, users.A, 'Team', [id('B'), id('C')])).id;
    await conv.expectEvents(everyone({ chatUpdated: 1, newMessage: 1 }));
    await conv.watch('A', 'messageUpdated@group', group);
    // B has read up to the rename (seq 2), not gm1 (3) nor the reply (4).
    expect((await conv.rename('A', group, 'Team Rocket')).errors).toBeUndefined();
    await conv.expectEvents(everyone({ chatUpdated: 1, newMessage: 1 }));
    await conv.markRead('B', group, 2);
    await conv.expectEvents(everyone({ readReceipts: 1 }));
    gm1 = await conv.say('A', group, 'Meeting at noon');
    reply = await conv.say('C', group, 'Noon works for me', gm1.id);
    await conv.expectEvents(everyone({ newMessage: 2 }));
    expect((await conv.edit('A', gm1.id, 'Meeting at 1pm')).errors).toBeUndefined();
    await conv.expectEvents({ A: { messageUpdated: 1, 'messageUpdated@group': 1 }, B: { messageUpdated: 1 }, C: { messageUpdated: 1 } });
    expect((await conv.react('C', gm1.id, '👍')).errors).toBeUndefined();
    expect((await conv.react('B', gm1.id, '❤️')).errors).toBeUndefined();
    await conv.expectEvents(everyone({ reactions: 2 }));
    expect(await conv.message('A', gm1.id)).toMatchObject({ seq: 3, editHistory: [{ text: 'Meeting at noon' }], reactions: [{}, {}] });
  });

  afterAll(async () => {
    await conv?.stop();
  });

  it('deletion for everyone leaves a tombstone and marks quoting replies; deletion for oneself hides for that user only', async () => {
    const { id } = conv;
    const res = await conv.del('A', gm1.id, true);
    expect(res.errors).toBeUndefined();
    const tomb = { id: gm1.id, seq: 3, deleted: true, text: null, reactions: [], editHistory: [] };
    expect(res.data!.deleteMessage).toMatchObject(tomb);
    expect(res.data!.deleteMessage.deletedAt).toBeTruthy();
    let r = await conv.expectEvents({ A: { messageUpdated: 1, 'messageUpdated@group': 1 }, B: { messageUpdated: 1 }, C: { messageUpdated: 1 } });
    for (const who of WHO) expect(one(r, who, 'messageUpdated')).toMatchObject(tomb);

    const quotedGone = { id: gm1.id, seq: 3, deleted: true, text: null, sender: { id: id('A') } };
    expect((await conv.message('C', reply.id))!.replyTo).toMatchObject(quotedGone);
    const pageB = await conv.messagesOf('B', group);
    expect(pageB.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(pageB[2]).toMatchObject(tomb);
    expect(pageB[3].replyTo).toMatchObject(quotedGone);
    // B had not read gm1: it no longer counts as unread.
    await conv.expectReadState(group, { A: { unread: 1, lastRead: 3 }, B: { unread: 1, lastRead: 2 }, C: { unread: 0, lastRead: 4 } });

    // Only the sender deletes for everyone, even an owner cannot.
    expect(errorCode(await conv.del('B', reply.id, true))).toBe('FORBIDDEN');
    expect(errorCode(await conv.del('A', reply.id, true))).toBe('FORBIDDEN');
    await conv.expectEvents({});
    expect((await conv.message('A', reply.id))!.deleted).toBe(false);

    const gm2 = await conv.say('B', group, 'Pizza or sushi?');
    expect(gm2.seq).toBe(5);
    await conv.expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1 }, C: { newMessage: 1 } });
    expect(await conv.markRead('C', group, 5)).toMatchObject({ unreadCount: 0, myLastReadSeq: 5 });
    await conv.expectEvents({ A: { readReceipts: 1 }, B: { readReceipts: 1 }, C: { readReceipts: 1 } });

    const hidden = await conv.del('C', gm2.id, false);
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data!.deleteMessage).toMatchObject({ id: gm2.id, deleted: true, text: null });
    r = await conv.expectEvents({ C: { messageUpdated: 1 } });
    expect(one(r, 'C', 'messageUpdated')).toMatchObject({ id: gm2.id, deleted: true });
    expect((await conv.messagesOf('C', group)).map((m) => m.id)).not.toContain(gm2.id);
    expect(await conv.message('C', gm2.id)).toBeNull();
    expect((await conv.messagesOf('A', group)).find((m) => m.id === gm2.id)).toMatchObject({ text: 'Pizza or sushi?', deleted: false });
    expect(await conv.message('B', gm2.id)).toMatchObject({ text: 'Pizza or sushi?', deleted: false });
  });
});
