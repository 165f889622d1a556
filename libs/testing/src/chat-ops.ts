import { randomUUID } from 'node:crypto';
import { asOk, type Session } from './accounts.js';
import type { Stack } from './stack.js';

export const MESSAGE_FIELDS = `id chatId seq clientId type text deleted deletedAt editedAt createdAt
  sender { id name }
  replyTo { id seq text deleted sender { id } }
  forwarded { originalMessageId originalSenderName originalSender { id } }
  reactions { emoji count userIds reactedByMe }
  seenBy editHistory { text editedAt } attachments { id }`;

export const CHAT_FIELDS = `id kind title avatarUrl lastSeq unreadCount myLastReadSeq createdAt updatedAt
  members { role lastReadSeq joinedAt user { id name } }
  lastMessage { id seq text type }`;

export interface MessageView {
  id: string;
  chatId: string;
  seq: number;
  clientId: string | null;
  type: string;
  text: string | null;
  deleted: boolean;
  deletedAt: string | null;
  editedAt: string | null;
  sender: { id: string; name: string };
  replyTo: { id: string; seq: number; text: string | null; deleted: boolean; sender: { id: string } } | null;
  forwarded: { originalMessageId: string | null; originalSenderName: string; originalSender: { id: string } | null } | null;
  reactions: Array<{ emoji: string; count: number; userIds: string[]; reactedByMe: boolean }>;
  seenBy: string[];
  editHistory: Array<{ text: string; editedAt: string }>;
}

export interface ChatView {
  id: string;
  kind: 'DIRECT' | 'GROUP';
  title: string;
  avatarUrl: string | null;
  lastSeq: number;
  unreadCount: number;
  myLastReadSeq: number;
  members: Array<{ role: string; lastReadSeq: number; user: { id: string; name: string } }>;
  lastMessage: { id: string; seq: number; text: string | null; type: string } | null;
}

export async function createDirect(stack: Stack, s: Session, userId: string): Promise<ChatView> {
  return (await asOk<{ createDirectChat: ChatView }>(stack, s, `mutation($u: ID!) { createDirectChat(userId: $u) { ${CHAT_FIELDS} } }`, { u: userId }))
    .createDirectChat;
}

export async function createGroup(stack: Stack, s: Session, title: string, memberIds: string[]): Promise<ChatView> {
  return (
    await asOk<{ createGroupChat: ChatView }>(stack, s, `mutation($i: CreateGroupInput!) { createGroupChat(input: $i) { ${CHAT_FIELDS} } }`, {
      i: { title, memberIds },
    })
  ).createGroupChat;
}

export async function send(
  stack: Stack,
  s: Session,
  chatId: string,
  text: string,
  extra: { replyToId?: string; clientId?: string } = {},
): Promise<MessageView> {
  return (
    await asOk<{ sendMessage: MessageView }>(stack, s, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { ${MESSAGE_FIELDS} } }`, {
      i: { chatId, clientId: extra.clientId ?? randomUUID(), text, replyToId: extra.replyToId },
    })
  ).sendMessage;
}

export async function chatOf(stack: Stack, s: Session, chatId: string): Promise<ChatView> {
  return (await asOk<{ chat: ChatView }>(stack, s, `query($id: ID!) { chat(id: $id) { ${CHAT_FIELDS} } }`, { id: chatId })).chat;
}

export async function pageOf(stack: Stack, s: Session, chatId: string, args: { beforeSeq?: number; afterSeq?: number; limit?: number } = {}) {
  return (
    await asOk<{ messages: { messages: MessageView[]; hasMoreBefore: boolean; hasMoreAfter: boolean } }>(
      stack,
      s,
      `query($c: ID!, $b: Int, $a: Int, $l: Int) { messages(chatId: $c, beforeSeq: $b, afterSeq: $a, limit: $l) { messages { ${MESSAGE_FIELDS} } hasMoreBefore hasMoreAfter } }`,
      { c: chatId, b: args.beforeSeq, a: args.afterSeq, l: args.limit },
    )
  ).messages;
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
