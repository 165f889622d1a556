import { randomUUID } from 'node:crypto';
import { asOk, type Session } from './accounts.js';
import { graphql } from './gql/index.js';
import type { ChatFieldsFragment, MessageFieldsFragment } from './gql/graphql.js';
import type { Stack } from './stack.js';

export const MessageFields = graphql(`
  fragment MessageFields on Message {
    id
    chatId
    seq
    clientId
    type
    text
    deleted
    deletedAt
    editedAt
    createdAt
    sender {
      id
      name
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
      originalMessageId
      originalSenderName
      originalSender {
        id
        name
      }
    }
    reactions {
      emoji
      count
      userIds
      reactedByMe
    }
    seenBy
    editHistory {
      text
      editedAt
    }
    attachments {
      id
    }
  }
`);

export const ChatFields = graphql(`
  fragment ChatFields on Chat {
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
      joinedAt
      user {
        id
        name
      }
    }
    lastMessage {
      id
      seq
      text
      type
    }
  }
`);

/** A message as the tests read it (the MessageFields fragment). */
export type MessageView = MessageFieldsFragment;
/** A chat as the tests read it (the ChatFields fragment). */
export type ChatView = ChatFieldsFragment;

/** The fields of a fragment, for plain-string operations: `{ message(id: $m) { ${MESSAGE_FIELDS} } }`. */
const selectionOf = (fragment: { toString(): string }) => {
  const text = fragment.toString();
  return text.slice(text.indexOf('{') + 1, text.lastIndexOf('}')).trim();
};
export const MESSAGE_FIELDS = selectionOf(MessageFields);
export const CHAT_FIELDS = selectionOf(ChatFields);

export const CREATE_DIRECT = graphql(`
  mutation CreateDirectChat($userId: ID!) {
    createDirectChat(userId: $userId) {
      ...ChatFields
    }
  }
`);
const CREATE_GROUP = graphql(`
  mutation CreateGroupChat($input: CreateGroupInput!) {
    createGroupChat(input: $input) {
      ...ChatFields
    }
  }
`);
export const SEND_MESSAGE = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...MessageFields
    }
  }
`);
export const CHAT = graphql(`
  query Chat($id: ID!) {
    chat(id: $id) {
      ...ChatFields
    }
  }
`);
export const MESSAGES = graphql(`
  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {
    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {
      messages {
        ...MessageFields
      }
      hasMoreBefore
      hasMoreAfter
    }
  }
`);

export async function createDirect(stack: Stack, s: Session, userId: string): Promise<ChatView> {
  return (await asOk(stack, s, CREATE_DIRECT, { userId })).createDirectChat;
}

export async function createGroup(stack: Stack, s: Session, title: string, memberIds: string[]): Promise<ChatView> {
  return (await asOk(stack, s, CREATE_GROUP, { input: { title, memberIds } })).createGroupChat;
}

export async function send(
  stack: Stack,
  s: Session,
  chatId: string,
  text: string,
  extra: { replyToId?: string; clientId?: string } = {},
): Promise<MessageView> {
  return (await asOk(stack, s, SEND_MESSAGE, { input: { chatId, clientId: extra.clientId ?? randomUUID(), text, replyToId: extra.replyToId } })).sendMessage;
}

export async function chatOf(stack: Stack, s: Session, chatId: string): Promise<ChatView> {
  const { chat } = await asOk(stack, s, CHAT, { id: chatId });
  if (!chat) throw new Error(`chat ${chatId} is not visible to ${s.email}`);
  return chat;
}

export async function pageOf(stack: Stack, s: Session, chatId: string, args: { beforeSeq?: number; afterSeq?: number; limit?: number } = {}) {
  return (await asOk(stack, s, MESSAGES, { chatId, ...args })).messages;
}

/** Every stored message of a chat as `s` sees it, ascending, page by page. */
export async function allMessagesOf(stack: Stack, s: Session, chatId: string): Promise<MessageView[]> {
  const all: MessageView[] = [];
  let afterSeq = 0;
  for (;;) {
    const page = await pageOf(stack, s, chatId, { afterSeq, limit: 100 });
    all.push(...page.messages);
    if (!page.hasMoreAfter) return all;
    afterSeq = page.messages.at(-1)!.seq;
  }
}
