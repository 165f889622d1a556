import type { InMemoryCache } from '@apollo/client';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCache } from './apollo';
import { applyChat, applyMarkRead, applyMessageUpdate, applyNewMessage, applyPresence, applyReactions, applyReadReceipt } from './cache-updates';
import { CHAT_BITS, CHATS, MESSAGE_BITS, MESSAGES, USER_BITS, type ChatBits, type MessageBits, type UserBits } from './graphql';

const ME = 'u-me';
const ANN = 'u-ann';

const user = (id: string, name: string): UserBits => ({ __typename: 'User', id, name, avatarUrl: `/avatars/${id}.svg`, online: false, lastSeenAt: null });
const me = user(ME, 'Me');
const ann = user(ANN, 'Ann');

function message(chatId: string, seq: number, sender: UserBits, text = `m${seq}`): MessageBits {
  return {
    __typename: 'Message',
    id: `${chatId}-m${seq}`,
    chatId,
    seq,
    clientId: null,
    type: 'TEXT',
    text,
    deleted: false,
    editedAt: null,
    createdAt: new Date(Date.UTC(2026, 10, 30, 9, seq)).toISOString(),
    seenBy: [],
    sender,
    replyTo: null,
    forwarded: null,
    reactions: [],
    attachments: [],
  };
}

function chat(id: string, last: MessageBits | null, over: Partial<ChatBits> = {}): ChatBits {
  return {
    __typename: 'Chat',
    id,
    kind: 'DIRECT',
    title: '',
    avatarUrl: null,
    lastSeq: last?.seq ?? 0,
    unreadCount: 0,
    myLastReadSeq: last?.seq ?? 0,
    createdAt: new Date(Date.UTC(2026, 10, 30, 9, 0)).toISOString(),
    updatedAt: last?.createdAt ?? new Date(Date.UTC(2026, 10, 30, 9, 0)).toISOString(),
    members: [
      { __typename: 'ChatMember', role: 'MEMBER', lastReadSeq: last?.seq ?? 0, user: me },
      { __typename: 'ChatMember', role: 'MEMBER', lastReadSeq: last?.seq ?? 0, user: ann },
    ],
    lastMessage: last,
    ...over,
  };
}

let cache: InMemoryCache;

const readChat = (id: string) => cache.readFragment({ id: cache.identify({ __typename: 'Chat', id }), fragment: CHAT_BITS, fragmentName: 'ChatBits' });
const readMessage = (chatId: string, seq: number) =>
  cache.readFragment({ id: cache.identify({ __typename: 'Message', id: `${chatId}-m${seq}` }), fragment: MESSAGE_BITS, fragmentName: 'MessageBits' });
const listOf = (chatId: string) => cache.readQuery({ query: MESSAGES, variables: { chatId } })?.messages.messages.map((m) => m.seq);
const chatIds = () => cache.readQuery({ query: CHATS })?.chats.edges.map((e) => e.node.id);

/** Chat a (messages 1–3 loaded, all read) and chat b (its list not loaded), as the app has them after it starts. */
beforeEach(() => {
  cache = createCache();
  const a = [1, 2, 3].map((seq) => message('a', seq, seq === 2 ? me : ann));
  const b = message('b', 7, ann);
  cache.writeQuery({
    query: CHATS,
    data: {
      chats: {
        __typename: 'ChatConnection',
        edges: [
          { __typename: 'ChatEdge', cursor: 'ca', node: chat('a', a[2]) },
          { __typename: 'ChatEdge', cursor: 'cb', node: chat('b', b, { unreadCount: 2, myLastReadSeq: 5 }) },
        ],
        pageInfo: { __typename: 'PageInfo', endCursor: 'cb', hasNextPage: false },
      },
    },
  });
  cache.writeQuery({
    query: MESSAGES,
    variables: { chatId: 'a' },
    data: { messages: { __typename: 'MessagePage', messages: a, hasMoreBefore: false, hasMoreAfter: false } },
  });
});

describe('applyNewMessage', () => {
  it("appends another person's message to the list, makes it the chat's last message and counts it unread", () => {
    const m = message('a', 4, ann, 'hello');
    expect(applyNewMessage(cache, m, { countUnread: true })).toBe(true);
    expect(listOf('a')).toEqual([1, 2, 3, 4]);
    const a = readChat('a');
    expect(a?.lastSeq).toBe(4);
    expect(a?.lastMessage?.text).toBe('hello');
    expect(a?.unreadCount).toBe(1);
    expect(a?.updatedAt).toBe(m.createdAt);
  });

  it('changes nothing the second time the same message arrives (subscription after the send mutation)', () => {
    const m = message('a', 4, ann);
    applyNewMessage(cache, m, { countUnread: true });
    applyNewMessage(cache, m, { countUnread: true });
    expect(listOf('a')).toEqual([1, 2, 3, 4]);
    expect(readChat('a')?.unreadCount).toBe(1);
  });

  it('does not count what the viewer watches, sent, or has read already', () => {
    applyNewMessage(cache, message('a', 4, ann), { countUnread: false });
    expect(readChat('a')?.unreadCount).toBe(0);
    expect(readChat('a')?.lastSeq).toBe(4);
    // Chat b was read up to 5, its last message is 7: a late event for seq 5 is neither newer nor unread.
    applyNewMessage(cache, message('b', 5, ann), { countUnread: true });
    expect(readChat('b')?.unreadCount).toBe(2);
  });

  it('keeps the list in seq order and the newest message as the last one when an older one arrives late', () => {
    applyNewMessage(cache, message('a', 5, ann, 'five'), { countUnread: true });
    applyNewMessage(cache, message('a', 4, ann, 'four'), { countUnread: true });
    expect(listOf('a')).toEqual([1, 2, 3, 4, 5]);
    const a = readChat('a');
    expect(a?.lastMessage?.text).toBe('five');
    expect(a?.lastSeq).toBe(5);
    // seq 4 was older than the chat's last seq when it came: only seq 5 counted.
    expect(a?.unreadCount).toBe(1);
  });

  it('updates a chat whose message list is not loaded, without creating the list', () => {
    applyNewMessage(cache, message('b', 8, ann, 'eight'), { countUnread: true });
    expect(listOf('b')).toBeUndefined();
    expect(readChat('b')?.lastMessage?.text).toBe('eight');
    expect(readChat('b')?.unreadCount).toBe(3);
  });

  it('answers false for a chat that is not in the cache, so the caller fetches the chat list', () => {
    expect(applyNewMessage(cache, message('c', 1, ann), { countUnread: true })).toBe(false);
    expect(chatIds()).toEqual(['a', 'b']);
  });
});

describe('applyMessageUpdate and applyReactions', () => {
  it("an edit changes the message's one cache entry: the list and the chat's last message show it", () => {
    applyMessageUpdate(cache, { ...message('a', 3, ann, 'edited'), editedAt: new Date().toISOString() });
    expect(readMessage('a', 3)?.text).toBe('edited');
    expect(readChat('a')?.lastMessage?.text).toBe('edited');
    expect(cache.readQuery({ query: MESSAGES, variables: { chatId: 'a' } })?.messages.messages[2].editedAt).not.toBeNull();
    expect(listOf('a')).toEqual([1, 2, 3]);
  });

  it('a deletion keeps the message in the list, marked deleted', () => {
    applyMessageUpdate(cache, { ...message('a', 1, ann), text: null, deleted: true });
    expect(listOf('a')).toEqual([1, 2, 3]);
    expect(readMessage('a', 1)).toMatchObject({ deleted: true, text: null });
  });

  it("reactions replace the message's groups, and an empty list clears them", () => {
    const groups = [{ __typename: 'ReactionGroup' as const, emoji: '👍', count: 2, userIds: [ME, ANN], reactedByMe: true }];
    applyReactions(cache, 'a-m2', groups);
    expect(readMessage('a', 2)?.reactions).toEqual(groups);
    applyReactions(cache, 'a-m2', []);
    expect(readMessage('a', 2)?.reactions).toEqual([]);
  });
});

describe('applyReadReceipt', () => {
  it("another member's receipt moves their read seq and marks the viewer's own messages up to it as seen, once", () => {
    applyNewMessage(cache, message('a', 4, me), { countUnread: false });
    applyReadReceipt(cache, ME, { chatId: 'a', userId: ANN, lastReadSeq: 3 });
    applyReadReceipt(cache, ME, { chatId: 'a', userId: ANN, lastReadSeq: 3 });
    expect(readMessage('a', 2)?.seenBy).toEqual([ANN]);
    // Not the viewer's message, and one after the receipt: unchanged.
    expect(readMessage('a', 3)?.seenBy).toEqual([]);
    expect(readMessage('a', 4)?.seenBy).toEqual([]);
    expect(readChat('a')?.members.find((m) => m.user.id === ANN)?.lastReadSeq).toBe(3);
  });

  it("never moves a member's read seq back", () => {
    applyReadReceipt(cache, ME, { chatId: 'a', userId: ANN, lastReadSeq: 1 });
    expect(readChat('a')?.members.find((m) => m.user.id === ANN)?.lastReadSeq).toBe(3);
  });

  it("marks the chat's last message seen when its list is not loaded", () => {
    applyChat(cache, chat('d', message('d', 4, me)), ME);
    applyReadReceipt(cache, ME, { chatId: 'd', userId: ANN, lastReadSeq: 4 });
    expect(readChat('d')?.lastMessage?.seenBy).toEqual([ANN]);
  });

  it("the viewer's own receipt (another tab) clears the unread count once it reaches the last message", () => {
    applyReadReceipt(cache, ME, { chatId: 'b', userId: ME, lastReadSeq: 6 });
    expect(readChat('b')).toMatchObject({ myLastReadSeq: 6, unreadCount: 2 });
    applyReadReceipt(cache, ME, { chatId: 'b', userId: ME, lastReadSeq: 7 });
    expect(readChat('b')).toMatchObject({ myLastReadSeq: 7, unreadCount: 0 });
    applyReadReceipt(cache, ME, { chatId: 'b', userId: ME, lastReadSeq: 5 });
    expect(readChat('b')?.myLastReadSeq).toBe(7);
  });
});

describe('applyChat, applyMarkRead and applyPresence', () => {
  it('puts a new chat of the viewer first in the list, once', () => {
    const c = chat('c', null, { kind: 'GROUP', title: 'Team' });
    applyChat(cache, c, ME);
    applyChat(cache, { ...c, title: 'Team 2' }, ME);
    expect(chatIds()).toEqual(['c', 'a', 'b']);
    expect(readChat('c')?.title).toBe('Team 2');
  });

  it('takes a chat the viewer is no longer a member of out of the list', () => {
    const a = readChat('a');
    expect(a).not.toBeNull();
    if (!a) return;
    applyChat(cache, { ...a, members: a.members.filter((m) => m.user.id !== ME) }, ME);
    expect(chatIds()).toEqual(['b']);
  });

  it("markRead's answer sets the unread count and never moves the read seq back", () => {
    applyMarkRead(cache, { id: 'b', unreadCount: 0, myLastReadSeq: 7 });
    expect(readChat('b')).toMatchObject({ unreadCount: 0, myLastReadSeq: 7 });
    applyMarkRead(cache, { id: 'b', unreadCount: 0, myLastReadSeq: 6 });
    expect(readChat('b')?.myLastReadSeq).toBe(7);
  });

  it('presence changes the one User entry every chat and message shows', () => {
    const at = new Date(Date.UTC(2026, 10, 30, 10, 0)).toISOString();
    applyPresence(cache, ANN, true, null);
    expect(readMessage('a', 1)?.sender.online).toBe(true);
    applyPresence(cache, ANN, false, at);
    const entry = cache.readFragment({ id: cache.identify({ __typename: 'User', id: ANN }), fragment: USER_BITS });
    expect(entry).toMatchObject({ online: false, lastSeenAt: at });
    expect(readChat('a')?.members.find((m) => m.user.id === ANN)?.user.lastSeenAt).toBe(at);
  });
});
