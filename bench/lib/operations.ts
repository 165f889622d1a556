import { graphql, type ResultOf } from '#testing';

/**
 * The GraphQL documents the benchmarks send, with the fields a chat client asks for: the
 * selections of the web app's fragments (MessageBits, ChatBits, UserBits in apps/web/lib/graphql.ts)
 * as they were when docs/benchmarks.md was measured, so a benchmark pays for what a real screen
 * costs (sender names and presence, seenBy, reactions, reply previews, members, last message,
 * unread count). Keep the selections as they are, or the figures stop being comparable.
 */

export const BenchUserBits = graphql(`
  fragment BenchUserBits on User {
    id
    name
    avatarUrl
    online
    lastSeenAt
  }
`);

export const BenchMessageBits = graphql(`
  fragment BenchMessageBits on Message {
    id
    chatId
    seq
    clientId
    type
    text
    deleted
    editedAt
    createdAt
    seenBy
    sender {
      ...BenchUserBits
    }
    replyTo {
      id
      seq
      type
      text
      deleted
      sender {
        id
        name
      }
    }
    forwarded {
      originalSenderName
    }
    reactions {
      emoji
      count
      userIds
      reactedByMe
    }
  }
`);

export const BenchChatBits = graphql(`
  fragment BenchChatBits on Chat {
    id
    kind
    title
    avatarUrl
    lastSeq
    unreadCount
    myLastReadSeq
    createdAt
    updatedAt
    members {
      role
      lastReadSeq
      user {
        ...BenchUserBits
      }
    }
    lastMessage {
      ...BenchMessageBits
    }
  }
`);

export const SEND_MESSAGE = graphql(`
  mutation BenchSendMessage($chatId: ID!, $clientId: String!, $text: String!) {
    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text }) {
      ...BenchMessageBits
    }
  }
`);

export const NEW_MESSAGE = graphql(`
  subscription OnNewMessage {
    newMessage {
      ...BenchMessageBits
    }
  }
`);

export const MESSAGES_PAGE = graphql(`
  query BenchMessages($chatId: ID!, $limit: Int) {
    messages(chatId: $chatId, limit: $limit) {
      messages {
        ...BenchMessageBits
      }
      hasMoreBefore
      hasMoreAfter
    }
  }
`);

export const CHATS_PAGE = graphql(`
  query BenchChats($first: Int) {
    chats(first: $first) {
      edges {
        cursor
        node {
          ...BenchChatBits
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** Verification reads: what was stored, after a seq, in pages of 100. */
export const STORED_AFTER = graphql(`
  query Stored($chatId: ID!, $afterSeq: Int) {
    messages(chatId: $chatId, afterSeq: $afterSeq, limit: 100) {
      messages {
        id
        seq
        clientId
      }
      hasMoreAfter
    }
  }
`);

/** A message as a newMessage event or a sendMessage answer carries it. */
export type MessageSeen = ResultOf<typeof NEW_MESSAGE>['newMessage'];
/** The answer of a sendMessage. */
export type SendAnswer = ResultOf<typeof SEND_MESSAGE>;
/** A stored message as the verification reads it. */
export type StoredMessage = ResultOf<typeof STORED_AFTER>['messages']['messages'][number];
