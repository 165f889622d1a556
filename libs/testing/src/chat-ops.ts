import { randomUUID } from 'node:crypto';
import { asOk, type Session } from './accounts.js';
import { CHAT, CREATE_DIRECT, CREATE_GROUP, MESSAGES, SEND_MESSAGE, type ChatView, type MessageView } from './operations.js';
import type { Stack } from './stack.js';

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
