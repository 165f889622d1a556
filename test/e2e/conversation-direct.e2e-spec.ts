import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, Conversation, CREATE_DIRECT, createDirect, errorCode, one, SETTLE_MS, sleep, Subscription, SUBSCRIPTIONS, waitUntil } from '#testing';

/**
 * Direct chats between A and B over graphql-ws, with C watching every subscription: the chat is
 * one per pair and reaches its two members only; messages, unread counts, markRead, receipts and
 * seenBy. The second test goes on in the chat of the first.
 */
describe('conversation: direct chats', () => {
  let conv: Conversation;
  let dm = ''; // A–B

  beforeAll(async () => {
    conv = await Conversation.start();
  });

  afterAll(async () => {
    await conv?.stop();
  });

  it('a direct chat is one per pair, announced to its two members only; none with yourself', async () => {
    const { users, names, id } = conv;
    const created = await createDirect(conv.stack, users.A, id('B'));
    dm = created.id;
    expect(created).toMatchObject({ kind: 'DIRECT', title: names.B, lastSeq: 0, unreadCount: 0, lastMessage: null });
    expect(conv.roles(created)).toEqual({ A: 'MEMBER', B: 'MEMBER' });

    const r = await conv.expectEvents({ A: { chatUpdated: 1 }, B: { chatUpdated: 1 } });
    expect(one(r, 'A', 'chatUpdated')).toMatchObject({ id: dm, kind: 'DIRECT', title: names.B });
    expect(one(r, 'B', 'chatUpdated')).toMatchObject({ id: dm, kind: 'DIRECT', title: names.A });

    // Again, and the other way round, at the same time: the same chat, and no new announcement.
    const [again, reverse] = await Promise.all([createDirect(conv.stack, users.A, id('B')), createDirect(conv.stack, users.B, id('A'))]);
    expect(again.id).toBe(dm);
    expect(reverse.id).toBe(dm);
    expect(reverse.title).toBe(names.A);
    const self = await as(conv.stack, users.A, CREATE_DIRECT, { userId: id('A') });
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    await conv.expectEvents({});
    await conv.expectReadState(dm, { A: { unread: 0, lastRead: 0 }, B: { unread: 0, lastRead: 0 } });
    expect(await conv.listed('C', dm)).toBeUndefined();

    // Filtered subscriptions, to prove that chatId filters.
    conv.inboxes.B.add('newMessage@dm', dm);
    conv.inboxes.B.add('typing@dm', dm);
    conv.inboxes.A.add('readReceipts@dm', dm);
    // A filter naming somebody else's chat is refused, not an empty stream.
    const foreign = new Subscription(conv.inboxes.C.client, SUBSCRIPTIONS.newMessage, { chatId: dm });
    const refused = await waitUntil(() => (foreign.errors.length ? JSON.stringify(foreign.errors) : null), "the refusal of C's filter on A–B", 5000);
    expect(refused).toContain('NOT_FOUND');
    foreign.close();
    await sleep(SETTLE_MS);
  });

  it('a direct message reaches A and B only; unread counts, markRead, receipts and seenBy', async () => {
    const { names, id } = conv;
    const m1 = await conv.say('A', dm, 'Hi B, got a minute?');
    expect(m1).toMatchObject({ chatId: dm, seq: 1, type: 'TEXT', seenBy: [] });
    let r = await conv.expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1, 'newMessage@dm': 1 } });
    for (const got of [one(r, 'B', 'newMessage'), one(r, 'B', 'newMessage@dm'), one(r, 'A', 'newMessage')]) {
      expect(got).toMatchObject({ id: m1.id, chatId: dm, seq: 1, text: 'Hi B, got a minute?', sender: { id: id('A'), name: names.A }, seenBy: [] });
    }
    await conv.expectReadState(dm, { A: { unread: 0, lastRead: 1 }, B: { unread: 1, lastRead: 0 } });
    expect((await conv.listed('B', dm))!.lastMessage).toMatchObject({ id: m1.id, seq: 1 });

    const read = await conv.markRead('B', dm, 1);
    expect(read).toMatchObject({ id: dm, unreadCount: 0, myLastReadSeq: 1 });
    r = await conv.expectEvents({ A: { readReceipts: 1, 'readReceipts@dm': 1 }, B: { readReceipts: 1 } });
    expect(one(r, 'A', 'readReceipts')).toEqual({ chatId: dm, userId: id('B'), lastReadSeq: 1 });
    expect(one(r, 'A', 'readReceipts@dm')).toEqual({ chatId: dm, userId: id('B'), lastReadSeq: 1 });
    expect(one(r, 'B', 'readReceipts')).toEqual({ chatId: dm, userId: id('B'), lastReadSeq: 1 });
    expect((await conv.message('A', m1.id))!.seenBy).toEqual([id('B')]);
    await conv.expectReadState(dm, { A: { unread: 0, lastRead: 1 }, B: { unread: 0, lastRead: 1 } });

    const m2 = await conv.say('A', dm, 'Lunch tomorrow?');
    expect(m2.seq).toBe(2);
    await conv.expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1, 'newMessage@dm': 1 } });
    await conv.expectReadState(dm, { A: { unread: 0, lastRead: 2 }, B: { unread: 1, lastRead: 1 } });
    expect((await conv.message('A', m2.id))!.seenBy).toEqual([]);
    expect(await conv.markRead('B', dm, 2)).toMatchObject({ unreadCount: 0, myLastReadSeq: 2 });
    r = await conv.expectEvents({ A: { readReceipts: 1, 'readReceipts@dm': 1 }, B: { readReceipts: 1 } });
    expect(one(r, 'A', 'readReceipts').lastReadSeq).toBe(2);

    // Never back, and never past the end: no change, no receipt.
    expect(await conv.markRead('B', dm, 1)).toMatchObject({ unreadCount: 0, myLastReadSeq: 2 });
    expect(await conv.markRead('B', dm, 99)).toMatchObject({ unreadCount: 0, myLastReadSeq: 2 });
    await conv.expectEvents({});
    await conv.expectReadState(dm, { A: { unread: 0, lastRead: 2 }, B: { unread: 0, lastRead: 2 } });
    expect((await conv.message('A', m1.id))!.seenBy).toEqual([id('B')]);
    expect((await conv.message('B', m2.id))!.seenBy).toEqual([id('B')]);
  });
});
