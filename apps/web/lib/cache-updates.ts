import type { ApolloCache, Reference } from '@apollo/client';
import { graphql } from './gql';
import { CHAT_BITS, CHATS, MESSAGE_BITS, MESSAGES, type ChatBits, type MessageBits, type ReactionBits } from './graphql';

/**
 * Writes of server events and mutation results into the Apollo cache. Messages are cache
 * entries by id; a chat's message list merges by id (lib/apollo.ts), so an event that arrives
 * twice, or after the mutation that caused it, changes nothing the second time.
 */

const CHAT_STATE = graphql(`
  fragment ChatState on Chat {
    id
    lastSeq
    unreadCount
    myLastReadSeq
    lastMessage {
      id
      seq
    }
  }
`);

const MESSAGE_SENDER = graphql(`
  fragment MessageSender on Message {
    sender {
      id
    }
  }
`);

const chatId = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'Chat', id });

function readChatState(cache: ApolloCache, id: string) {
  return cache.readFragment({ id: chatId(cache, id), fragment: CHAT_STATE });
}

/**
 * Adds messages to their chat's list, if that list is loaded (a chat not opened yet loads when
 * opened) and reaches the newest message: a window around an earlier message gets them when it
 * pages forward.
 */
export function addToMessageList(cache: ApolloCache, messages: MessageBits[]): void {
  if (!messages.length) return;
  const id = messages[0].chatId;
  cache.updateQuery({ query: MESSAGES, variables: { chatId: id } }, (data) => {
    if (!data || data.messages.hasMoreAfter) return undefined;
    const ids = new Set(messages.map((m) => m.id));
    return { messages: { ...data.messages, messages: [...data.messages.messages.filter((m) => !ids.has(m.id)), ...messages] } };
  });
}

/**
 * A new message (from the subscription, the send mutation or a catch-up): into the message list
 * and the chat's preview. Returns false when the chat is not in the cache, so the caller can
 * fetch the chat list.
 */
export function applyNewMessage(cache: ApolloCache, msg: MessageBits, opts: { countUnread: boolean }): boolean {
  let known = true;
  cache.batch({
    update: (c) => {
      c.writeFragment({
        id: c.identify({ __typename: 'Message', id: msg.id }),
        fragment: MESSAGE_BITS,
        fragmentName: 'MessageBits',
        data: msg,
      });
      addToMessageList(c, [msg]);
      const chat = readChatState(c, msg.chatId);
      if (!chat) {
        known = false;
        return;
      }
      const newer = msg.seq > chat.lastSeq;
      const newest = !chat.lastMessage || msg.seq >= chat.lastMessage.seq;
      c.modify({
        id: chatId(c, msg.chatId),
        fields: {
          lastSeq: (prev: number) => Math.max(prev, msg.seq),
          lastMessage: (prev: Reference | null, { toReference }) => (newest ? (toReference({ __typename: 'Message', id: msg.id }) ?? prev) : prev),
          updatedAt: (prev: string) => (newer && msg.createdAt > prev ? msg.createdAt : prev),
          // Not a message the viewer has read already (a new group's "created" message starts read).
          unreadCount: (prev: number) => (opts.countUnread && newer && msg.seq > chat.myLastReadSeq ? prev + 1 : prev),
        },
      });
    },
  });
  return known;
}

/** An edited or deleted message: its cache entry changes, which every view of it follows. */
export function applyMessageUpdate(cache: ApolloCache, msg: MessageBits): void {
  cache.writeFragment({
    id: cache.identify({ __typename: 'Message', id: msg.id }),
    fragment: MESSAGE_BITS,
    fragmentName: 'MessageBits',
    data: msg,
  });
}

export function applyReactions(cache: ApolloCache, messageId: string, reactions: ReactionBits[]): void {
  cache.modify({
    id: cache.identify({ __typename: 'Message', id: messageId }),
    fields: { reactions: () => reactions },
  });
}

export function applyPresence(cache: ApolloCache, userId: string, online: boolean, lastSeenAt: string | null): void {
  cache.modify({ id: cache.identify({ __typename: 'User', id: userId }), fields: { online: () => online, lastSeenAt: () => lastSeenAt } });
}

/**
 * Someone read a chat up to a seq: their member entry moves, and own messages up to that seq
 * count them in `seenBy`. When it is the viewer (another tab), the unread count follows.
 */
export function applyReadReceipt(cache: ApolloCache, viewerId: string, e: { chatId: string; userId: string; lastReadSeq: number }): void {
  const chat = readChatState(cache, e.chatId);
  cache.batch({
    update: (c) => {
      if (e.userId === viewerId) {
        if (chat)
          c.modify({
            id: chatId(c, e.chatId),
            fields: {
              myLastReadSeq: (prev: number) => Math.max(prev, e.lastReadSeq),
              unreadCount: (prev: number) => (e.lastReadSeq >= chat.lastSeq ? 0 : prev),
            },
          });
        return;
      }
      if (chat)
        c.modify({
          id: chatId(c, e.chatId),
          fields: {
            members: (value, { readField }) =>
              (value as readonly { user: Reference; lastReadSeq: number }[]).map((m) =>
                readField<string>('id', m.user) === e.userId ? { ...m, lastReadSeq: Math.max(m.lastReadSeq, e.lastReadSeq) } : m,
              ),
          },
        });
      const page = c.readQuery({ query: MESSAGES, variables: { chatId: e.chatId } });
      const ids = new Set<string>();
      for (const m of page?.messages.messages ?? []) if (m.sender.id === viewerId && m.seq <= e.lastReadSeq) ids.add(m.id);
      if (chat?.lastMessage && chat.lastMessage.seq <= e.lastReadSeq && isOwn(c, chat.lastMessage.id, viewerId)) ids.add(chat.lastMessage.id);
      for (const id of ids)
        c.modify({
          id: c.identify({ __typename: 'Message', id }),
          fields: {
            seenBy: (value) => {
              const prev = value as readonly string[];
              return prev.includes(e.userId) ? prev : [...prev, e.userId];
            },
          },
        });
    },
  });
}

function isOwn(cache: ApolloCache, messageId: string, viewerId: string): boolean {
  const m = cache.readFragment({ id: cache.identify({ __typename: 'Message', id: messageId }), fragment: MESSAGE_SENDER });
  return m?.sender.id === viewerId;
}

/** A chat that is new to the viewer or changed: into its cache entry and the chat list. */
export function applyChat(cache: ApolloCache, chat: ChatBits, viewerId: string): void {
  cache.batch({
    update: (c) => {
      c.writeFragment({ id: chatId(c, chat.id), fragment: CHAT_BITS, fragmentName: 'ChatBits', data: chat });
      const member = chat.members.some((m) => m.user.id === viewerId);
      c.updateQuery({ query: CHATS }, (data) => {
        if (!data) return undefined;
        const has = data.chats.edges.some((e) => e.node.id === chat.id);
        if (member && !has) return { chats: { ...data.chats, edges: [{ __typename: 'ChatEdge' as const, cursor: '', node: chat }, ...data.chats.edges] } };
        if (!member && has) return { chats: { ...data.chats, edges: data.chats.edges.filter((e) => e.node.id !== chat.id) } };
        return undefined;
      });
    },
  });
}

/** The answer of markRead. */
export function applyMarkRead(cache: ApolloCache, r: { id: string; unreadCount: number; myLastReadSeq: number }): void {
  cache.modify({ id: chatId(cache, r.id), fields: { unreadCount: () => r.unreadCount, myLastReadSeq: (prev: number) => Math.max(prev, r.myLastReadSeq) } });
}
