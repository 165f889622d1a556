import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '#contracts';
import { chatServices } from '../../test/fakes.js';
import { messageIdOf } from '../chats/chat-state.js';
import { newId } from '../chats/chats.repository.js';

// MessagesService on fake adapters (apps/chat/test/fakes.ts): the chat store, the messages
// collection, the user service, uploads and the attachment collector in memory; the service,
// MessageWriter, ChatViews and UserDirectory are the real ones.

/** Ada and Bo's direct chat; Cy is in no chat yet. */
async function pair() {
  const s = chatServices();
  const [ada, bo, cy] = s.userService.add('Ada', 'Bo', 'Cy');
  const chatId = (await s.chats.createDirect(ada, bo)).id;
  const send = (viewerId: string, text: string, more: { chatId?: string; clientId?: string; replyToId?: string; attachmentIds?: string[] } = {}) =>
    s.messaging.send({ viewerId, chatId, clientId: randomUUID(), text, ...more });
  s.store.events.length = 0;
  return { ...s, ada, bo, cy, chatId, send };
}

const refused = (code: ErrorCode, field?: string) => ({ code, ...(field ? { details: { field } } : {}) });

describe('MessagesService.send', () => {
  it('numbers messages 1, 2, 3 in order; each send moves its sender’s read position and goes to every member', async () => {
    const { ada, bo, chatId, send, messages, store, chats } = await pair();
    const sent = [await send(ada, 'one'), await send(bo, 'two'), await send(ada, 'three')];
    expect(sent.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(sent.map((m) => m.id)).toEqual([1, 2, 3].map((seq) => messageIdOf(chatId, seq)));
    expect(messages.of(chatId).map((m) => [m.seq, m.senderId, m.text])).toEqual([
      [1, ada, 'one'],
      [2, bo, 'two'],
      [3, ada, 'three'],
    ]);
    expect(await chats.get(bo, chatId)).toMatchObject({ lastSeq: 3, myLastReadSeq: 2, unreadCount: 1 });
    expect(await chats.get(ada, chatId)).toMatchObject({ myLastReadSeq: 3, unreadCount: 0 });
    const created = store.published('message.created');
    expect(created.map((e) => [e.event.message.seq, e.to.sort(), e.event.senderRead])).toEqual([
      [1, [ada, bo], true],
      [2, [ada, bo], true],
      [3, [ada, bo], true],
    ]);
  });

  it('a retry with the same clientId answers the first message and stores nothing, also once the remembered key is gone', async () => {
    const { ada, chatId, send, messages, store } = await pair();
    const first = await send(ada, 'hello', { clientId: 'c-1' });
    await expect(send(ada, 'hello', { clientId: 'c-1' })).resolves.toMatchObject({ id: first.id, seq: 1, text: 'hello' });
    store.keys.clear(); // the idempotency key expired: the unique index still knows the clientId
    await expect(send(ada, 'hello', { clientId: 'c-1' })).resolves.toMatchObject({ id: first.id, seq: 1 });
    expect(messages.of(chatId)).toHaveLength(1);
    expect(store.published('message.created')).toHaveLength(1);
    // The refused insert took no seq: the next message is 2.
    expect((await send(ada, 'next')).seq).toBe(2);
  });

  it('concurrent tries of one clientId make one message', async () => {
    const { ada, chatId, send, messages } = await pair();
    const tries = await Promise.all([1, 2, 3].map(() => send(ada, 'once', { clientId: 'c-2' })));
    expect(new Set(tries.map((m) => m.id)).size).toBe(1);
    expect(messages.of(chatId)).toHaveLength(1);
  });

  it('the same clientId for a different message is a CONFLICT (other text, other quote, other chat)', async () => {
    const { ada, bo, cy, send, messages, chats, store } = await pair();
    const first = await send(ada, 'hello', { clientId: 'c-3' });
    const other = (await chats.createDirect(ada, cy)).id;
    await expect(send(ada, 'hello!', { clientId: 'c-3' })).rejects.toMatchObject(refused(ErrorCode.CONFLICT));
    await expect(send(ada, 'hello', { clientId: 'c-3', replyToId: first.id })).rejects.toMatchObject(refused(ErrorCode.CONFLICT));
    await expect(send(ada, 'hello', { clientId: 'c-3', chatId: other })).rejects.toMatchObject(refused(ErrorCode.CONFLICT));
    store.keys.clear();
    await expect(send(ada, 'hello!', { clientId: 'c-3' })).rejects.toMatchObject(refused(ErrorCode.CONFLICT));
    // Another sender's clientId is theirs alone.
    await expect(send(bo, 'hello!', { clientId: 'c-3' })).resolves.toMatchObject({ seq: 2 });
    expect(messages.rows.size).toBe(2);
    expect(messages.of(other)).toEqual([]);
  });

  it('someone not in the chat, or a chat that does not exist: NOT_FOUND, nothing stored or sent', async () => {
    const { cy, send, messages, store } = await pair();
    await expect(send(cy, 'let me in')).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
    await expect(send(cy, 'anyone?', { chatId: newId() })).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
    expect(messages.rows.size).toBe(0);
    expect(store.events).toEqual([]);
  });

  it('a reply quotes a message of the same chat; one of another chat, or one the sender deleted for themselves, is refused', async () => {
    const { ada, bo, cy, send, messaging, chats } = await pair();
    const quoted = await send(ada, 'question?');
    await expect(send(bo, 'answer', { replyToId: quoted.id })).resolves.toMatchObject({
      seq: 2,
      replyTo: { id: quoted.id, seq: 1, senderId: ada, text: 'question?', deleted: false },
    });

    const elsewhere = (await chats.createDirect(ada, cy)).id;
    const foreign = await send(ada, 'not for Bo', { chatId: elsewhere });
    await expect(send(ada, 'quoting across chats', { replyToId: foreign.id })).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'replyToId'));
    await expect(send(ada, 'quoting nothing', { replyToId: newId() })).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'replyToId'));

    await messaging.delete(bo, quoted.id, false);
    await expect(send(bo, 'quoting what I deleted', { replyToId: quoted.id })).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'replyToId'));
    await expect(send(ada, 'Ada still sees it', { replyToId: quoted.id })).resolves.toMatchObject({ replyTo: { id: quoted.id } });
  });

  it('attachments must be uploads of the sender; a send with them is an image message', async () => {
    const { ada, bo, chatId, send, attachments, messages } = await pair();
    const mine = attachments.upload(ada);
    const bos = attachments.upload(bo);
    await expect(send(ada, 'not mine', { attachmentIds: [bos] })).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'attachmentIds'));
    await expect(send(ada, 'nothing', { attachmentIds: [mine, newId()] })).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'attachmentIds'));
    expect(messages.rows.size).toBe(0);
    await expect(send(ada, 'look', { attachmentIds: [mine] })).resolves.toMatchObject({ type: 'image', attachmentIds: [mine] });
    expect(messages.of(chatId)[0]).toMatchObject({ type: 'image', attachmentIds: [mine] });
  });

  it('a seq the cached chat did not know of is never reused: the chat is read again and the send takes the next one', async () => {
    const { ada, bo, chatId, send, messages } = await pair();
    await send(ada, 'one');
    // Stored by a writer whose cache update was lost: the cached chat still says lastSeq 1.
    await messages.insert({
      id: messageIdOf(chatId, 2),
      chatId,
      seq: 2,
      senderId: bo,
      clientId: 'lost',
      type: 'text',
      text: 'two',
      attachmentIds: [],
      createdAt: new Date(),
    });
    await expect(send(ada, 'three')).resolves.toMatchObject({ seq: 3 });
    expect(messages.of(chatId).map((m) => [m.seq, m.text])).toEqual([
      [1, 'one'],
      [2, 'two'],
      [3, 'three'],
    ]);
  });
});

describe('MessagesService.edit', () => {
  it('only the sender edits; each earlier text is kept in the history; the members are told', async () => {
    const { ada, bo, chatId, send, messaging, messages, store } = await pair();
    const m = await send(ada, 'helo');
    await expect(messaging.edit(bo, m.id, 'hijacked')).rejects.toMatchObject(refused(ErrorCode.FORBIDDEN));
    await messaging.edit(ada, m.id, 'hello');
    const edited = await messaging.edit(ada, m.id, 'hello!');
    expect(edited).toMatchObject({ text: 'hello!', editedAt: expect.any(String) as string });
    expect(edited.edits.map((e) => e.text)).toEqual(['helo', 'hello']);
    expect(messages.of(chatId)[0]).toMatchObject({ text: 'hello!', edits: [{ text: 'helo' }, { text: 'hello' }] });
    expect((await messaging.list(bo, chatId, undefined, undefined, 10)).messages[0]).toMatchObject({
      text: 'hello!',
      edits: [{ text: 'helo' }, { text: 'hello' }],
    });
    const updates = store.published('message.updated');
    expect(updates.map((e) => [e.event.message.text, e.to.sort()])).toEqual([
      ['hello', [ada, bo]],
      ['hello!', [ada, bo]],
    ]);
    // The same text again changes nothing.
    await messaging.edit(ada, m.id, 'hello!');
    expect(messages.of(chatId)[0].edits).toHaveLength(2);
    expect(store.published('message.updated')).toHaveLength(2);
  });

  it('not a deleted message, not a system message, not to empty text; someone not in the chat gets NOT_FOUND', async () => {
    const { ada, bo, cy, send, messaging, chats } = await pair();
    const gone = await send(ada, 'oops');
    await messaging.delete(ada, gone.id, true);
    await expect(messaging.edit(ada, gone.id, 'fixed')).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'messageId'));
    const m = await send(ada, 'text');
    await expect(messaging.edit(ada, m.id, '')).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'text'));
    await expect(messaging.edit(cy, m.id, 'mine now')).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));

    const group = await chats.createGroup(ada, 'Team', [bo]);
    const created = (await messaging.list(ada, group.id, undefined, undefined, 10)).messages[0];
    expect(created).toMatchObject({ type: 'system', senderId: ada });
    await expect(messaging.edit(ada, created.id, 'I made this')).rejects.toMatchObject(refused(ErrorCode.FORBIDDEN));
  });
});

describe('MessagesService.delete', () => {
  it('for me: hidden from the viewer only, gone from their unread count, only they are told', async () => {
    const { ada, bo, chatId, send, messaging, chats, store } = await pair();
    await send(ada, 'one');
    const two = await send(ada, 'two');
    expect((await chats.get(bo, chatId)).unreadCount).toBe(2);
    await expect(messaging.delete(bo, two.id, false)).resolves.toMatchObject({ id: two.id, deleted: true });
    expect((await chats.get(bo, chatId)).unreadCount).toBe(1);
    expect((await messaging.list(bo, chatId, undefined, undefined, 10)).messages.map((m) => m.text)).toEqual(['one']);
    expect((await messaging.list(ada, chatId, undefined, undefined, 10)).messages.map((m) => m.text)).toEqual(['one', 'two']);
    expect(store.published('message.updated').map((e) => e.to)).toEqual([[bo]]);
    // For Bo it no longer exists.
    await expect(messaging.react(bo, two.id, '👍')).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
    await expect(messaging.get(bo, two.id)).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
  });

  it('for everyone: only by the sender; a tombstone keeps its seq, its attachments are released, every member is told; again is nothing', async () => {
    const { ada, bo, chatId, send, messaging, messages, chats, attachments, gc, store } = await pair();
    const image = attachments.upload(ada);
    const m = await send(ada, 'look', { attachmentIds: [image] });
    await expect(messaging.delete(bo, m.id, true)).rejects.toMatchObject(refused(ErrorCode.FORBIDDEN));
    await expect(messaging.delete(ada, m.id, true)).resolves.toMatchObject({ seq: 1, deleted: true, text: null, attachmentIds: [] });
    expect(messages.of(chatId)[0]).toMatchObject({ seq: 1, deletedAt: expect.any(Date) as Date, attachmentIds: [] });
    expect(messages.of(chatId)[0].text).toBeUndefined();
    expect(gc.released).toEqual([[image]]);
    expect(store.published('message.updated').map((e) => [e.to.sort(), e.event.message.deleted])).toEqual([[[ada, bo], true]]);
    expect((await messaging.list(bo, chatId, undefined, undefined, 10)).messages).toMatchObject([{ seq: 1, deleted: true }]);
    expect((await chats.get(bo, chatId)).unreadCount).toBe(0);

    await messaging.delete(ada, m.id, true);
    expect(gc.released).toHaveLength(1);
    expect(store.published('message.updated')).toHaveLength(1);
  });

  it('a reply quoting a message deleted for everyone shows the quote as deleted, without its text', async () => {
    const { ada, bo, chatId, send, messaging } = await pair();
    const quoted = await send(ada, 'secret');
    const reply = await send(bo, 'what?', { replyToId: quoted.id });
    expect(reply.replyTo).toMatchObject({ text: 'secret', deleted: false });
    await messaging.delete(ada, quoted.id, true);
    const [, shown] = (await messaging.list(bo, chatId, undefined, undefined, 10)).messages;
    expect(shown.replyTo).toMatchObject({ id: quoted.id, deleted: true });
    expect(shown.replyTo?.text).toBeUndefined();
  });
});

describe('MessagesService.react', () => {
  it('toggle adds then removes; add and remove of what already is change nothing and say nothing', async () => {
    const { ada, bo, send, messaging, store } = await pair();
    const m = await send(ada, 'hi');
    await expect(messaging.react(bo, m.id, '👍')).resolves.toMatchObject({ reactions: [{ emoji: '👍', userIds: [bo] }] });
    await expect(messaging.react(ada, m.id, '👍', 'add')).resolves.toMatchObject({ reactions: [{ emoji: '👍', userIds: [bo, ada] }] });
    await expect(messaging.react(ada, m.id, '👍', 'add')).resolves.toMatchObject({ reactions: [{ emoji: '👍', userIds: [bo, ada] }] });
    await expect(messaging.react(bo, m.id, '👍')).resolves.toMatchObject({ reactions: [{ emoji: '👍', userIds: [ada] }] });
    await expect(messaging.react(bo, m.id, '👍', 'remove')).resolves.toMatchObject({ reactions: [{ emoji: '👍', userIds: [ada] }] });
    const events = store.published('reaction');
    expect(events.map((e) => [e.event.userId, e.event.added, e.to.sort()])).toEqual([
      [bo, true, [ada, bo]],
      [ada, true, [ada, bo]],
      [bo, false, [ada, bo]],
    ]);
  });

  it('at most 20 reactions per person on one message; none on a deleted message', async () => {
    const { ada, bo, send, messaging } = await pair();
    const m = await send(ada, 'react to me');
    for (let i = 0; i < 20; i++) await messaging.react(bo, m.id, `e${i}`, 'add');
    await expect(messaging.react(bo, m.id, 'one-too-many', 'add')).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'emoji'));
    await expect(messaging.react(ada, m.id, 'e0', 'add')).resolves.toBeDefined(); // the limit is per person
    await messaging.delete(ada, m.id, true);
    await expect(messaging.react(bo, m.id, '👍')).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'messageId'));
  });
});

describe('MessagesService.forward', () => {
  it('copies into chats the forwarder is in, naming the original sender, also when a forward is forwarded again', async () => {
    const { ada, bo, cy, chatId, send, messaging, chats, userService, store } = await pair();
    const [dan] = userService.add('Dan');
    const original = await send(bo, 'news');
    const withCy = (await chats.createDirect(ada, cy)).id;
    store.events.length = 0;
    const [copy] = await messaging.forward(ada, original.id, [withCy]);
    expect(copy).toMatchObject({
      chatId: withCy,
      seq: 1,
      senderId: ada,
      text: 'news',
      forwarded: { originalMessageId: original.id, originalSenderId: bo, originalSenderName: 'Bo' },
    });
    expect(store.published('message.created').map((e) => e.to.sort())).toEqual([[ada, cy]]);

    const cyDan = (await chats.createDirect(cy, dan)).id;
    const [again] = await messaging.forward(cy, copy.id, [cyDan]);
    expect(again).toMatchObject({ senderId: cy, forwarded: { originalMessageId: original.id, originalSenderId: bo } });
    expect((await messaging.list(ada, chatId, undefined, undefined, 10)).messages).toHaveLength(1);
  });

  it('one chat the forwarder is not in refuses the whole forward: nothing is written anywhere', async () => {
    const { ada, bo, cy, send, messaging, chats, messages } = await pair();
    const original = await send(bo, 'news');
    const withCy = (await chats.createDirect(ada, cy)).id;
    const notMine = (await chats.createDirect(bo, cy)).id;
    await expect(messaging.forward(ada, original.id, [withCy, notMine])).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
    expect(messages.of(withCy)).toEqual([]);
    expect(messages.of(notMine)).toEqual([]);
  });

  it('only a message the forwarder sees: not of a chat they are not in, not deleted, not a system message', async () => {
    const { ada, bo, cy, send, messaging, chats } = await pair();
    const withCy = (await chats.createDirect(ada, cy)).id;
    const original = await send(ada, 'for Bo');
    await expect(messaging.forward(cy, original.id, [withCy])).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
    await messaging.delete(bo, original.id, false);
    await expect(messaging.forward(bo, original.id, [])).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
    const gone = await send(ada, 'gone');
    await messaging.delete(ada, gone.id, true);
    await expect(messaging.forward(ada, gone.id, [withCy])).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'messageId'));
    const group = await chats.createGroup(ada, 'Team', [bo]);
    const created = (await messaging.list(ada, group.id, undefined, undefined, 1)).messages[0];
    await expect(messaging.forward(ada, created.id, [withCy])).rejects.toMatchObject(refused(ErrorCode.BAD_USER_INPUT, 'messageId'));
  });
});

describe('MessagesService.markRead', () => {
  it('moves the read position forward only, up to the newest message, and tells the members', async () => {
    const { ada, bo, cy, chatId, send, messaging, store } = await pair();
    for (const text of ['one', 'two', 'three']) await send(ada, text);
    await expect(messaging.markRead(bo, chatId, 2)).resolves.toMatchObject({ myLastReadSeq: 2, unreadCount: 1 });
    await expect(messaging.markRead(bo, chatId, 1)).resolves.toMatchObject({ myLastReadSeq: 2, unreadCount: 1 });
    await expect(messaging.markRead(bo, chatId, 99)).resolves.toMatchObject({ myLastReadSeq: 3, unreadCount: 0 });
    expect(store.published('read').map((e) => [e.event.userId, e.event.lastReadSeq, e.to.sort()])).toEqual([
      [bo, 2, [ada, bo]],
      [bo, 3, [ada, bo]],
    ]);
    // Ada sees that Bo has read her messages.
    expect((await messaging.list(ada, chatId, undefined, undefined, 10)).messages.map((m) => m.seenBy)).toEqual([[bo], [bo], [bo]]);
    await expect(messaging.markRead(cy, chatId, 3)).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
  });
});

describe('MessagesService.list and search', () => {
  it('pages backwards from the newest, skipping what the viewer deleted for themselves', async () => {
    const { ada, bo, chatId, send, messaging } = await pair();
    const sent = [];
    for (let i = 1; i <= 6; i++) sent.push(await send(ada, `m${i}`));
    await messaging.delete(bo, sent[4].id, false);
    const page = await messaging.list(bo, chatId, undefined, undefined, 2);
    expect(page).toMatchObject({ hasMoreBefore: true, hasMoreAfter: false });
    expect(page.messages.map((m) => m.seq)).toEqual([4, 6]);
    const older = await messaging.list(bo, chatId, 4, undefined, 2);
    expect(older.messages.map((m) => m.seq)).toEqual([2, 3]);
    expect(older).toMatchObject({ hasMoreBefore: true, hasMoreAfter: true });
    const newer = await messaging.list(bo, chatId, undefined, 3, 5);
    expect(newer.messages.map((m) => m.seq)).toEqual([4, 6]);
    expect(newer).toMatchObject({ hasMoreBefore: true, hasMoreAfter: false });
  });

  it('search looks only in the viewer’s chats', async () => {
    const { ada, bo, cy, send, messaging, chats } = await pair();
    await send(ada, 'the plan for Bo');
    const boCy = (await chats.createDirect(bo, cy)).id;
    await send(bo, 'the plan for Cy', { chatId: boCy });
    const found = await messaging.search(ada, 'PLAN', undefined, 10, undefined);
    expect(found.hits.map((h) => h.message.text)).toEqual(['the plan for Bo']);
    expect(found.hits[0].highlights).toEqual([{ start: 4, length: 4 }]);
    await expect(messaging.search(ada, 'plan', boCy, 10, undefined)).rejects.toMatchObject(refused(ErrorCode.NOT_FOUND));
  });
});
