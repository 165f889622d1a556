/**
 * The GraphQL documents the benchmarks send, with the fields a chat client asks for: the same
 * selections as the web app's fragments (MessageBits, ChatBits, UserBits in apps/web/lib/graphql.ts),
 * so a benchmark pays for what a real screen costs (sender names and presence, seenBy, reactions,
 * reply previews, members, last message, unread count).
 */
const USER_BITS = 'id name avatarUrl online lastSeenAt';

export const MESSAGE_BITS = `id chatId seq clientId type text deleted editedAt createdAt seenBy
  sender { ${USER_BITS} }
  replyTo { id seq type text deleted sender { id name } }
  forwarded { originalSenderName }
  reactions { emoji count userIds reactedByMe }`;

export const CHAT_BITS = `id kind title avatarUrl lastSeq unreadCount myLastReadSeq createdAt updatedAt
  members { role lastReadSeq user { ${USER_BITS} } }
  lastMessage { ${MESSAGE_BITS} }`;

export const SEND_MESSAGE = `mutation SendMessage($chatId: ID!, $clientId: String!, $text: String!) {
  sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text }) { ${MESSAGE_BITS} }
}`;

export const NEW_MESSAGE = `subscription OnNewMessage { newMessage { ${MESSAGE_BITS} } }`;

export const MESSAGES_PAGE = `query Messages($chatId: ID!, $limit: Int) {
  messages(chatId: $chatId, limit: $limit) { messages { ${MESSAGE_BITS} } hasMoreBefore hasMoreAfter }
}`;

export const CHATS_PAGE = `query Chats($first: Int) {
  chats(first: $first) { edges { cursor node { ${CHAT_BITS} } } pageInfo { endCursor hasNextPage } }
}`;

/** Verification reads: what was stored, after a seq, in pages of 100. */
export const STORED_AFTER = `query Stored($chatId: ID!, $afterSeq: Int) {
  messages(chatId: $chatId, afterSeq: $afterSeq, limit: 100) { messages { id seq clientId } hasMoreAfter }
}`;

/** The part of a message event or reply the benchmarks read. */
export interface MessageSeen {
  id: string;
  chatId: string;
  seq: number;
  clientId: string | null;
  text: string | null;
  sender: { id: string; name: string };
}
