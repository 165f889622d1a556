import { randomBytes, randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  asOk,
  createDirect,
  createGroup,
  errorCode,
  login,
  MESSAGE_FIELDS,
  pageOf,
  send,
  sleep,
  Stack,
  Subscription,
  wsClient,
  type MessageView,
  type Session,
} from '#testing';

/**
 * Bad input for every argument of the chat operations: each answer carries a clear
 * `extensions.code` (and `extensions.field` where the service names one), and nothing is stored:
 * chat lists, lastSeq, read state and every message of the chats involved are unchanged afterwards.
 */

/** A valid ObjectId that names nothing. */
const fakeId = () => randomBytes(12).toString('hex');
const fakeIds = (n: number) => Array.from({ length: n }, fakeId);

const SEND = 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { id seq } }';
const SEND_FULL = `mutation($i: SendMessageInput!) { sendMessage(input: $i) { ${MESSAGE_FIELDS} } }`;
const EDIT = 'mutation($m: ID!, $t: String!) { editMessage(id: $m, text: $t) { id text } }';
const DELETE = 'mutation($m: ID!, $e: Boolean) { deleteMessage(id: $m, forEveryone: $e) { id deleted } }';
const REACT = 'mutation($m: ID!, $e: String!) { toggleReaction(messageId: $m, emoji: $e) { id reactions { emoji count } } }';
const FORWARD = 'mutation($m: ID!, $c: [ID!]!) { forwardMessage(messageId: $m, chatIds: $c) { id chatId } }';
const MARK_READ = 'mutation($c: ID!, $s: Int!) { markRead(chatId: $c, seq: $s) { id myLastReadSeq } }';
const SET_TYPING = 'mutation($c: ID!, $t: Boolean!) { setTyping(chatId: $c, isTyping: $t) }';
const MESSAGES = 'query($c: ID!, $b: Int, $a: Int, $l: Int) { messages(chatId: $c, beforeSeq: $b, afterSeq: $a, limit: $l) { messages { id } } }';
const CHAT = 'query($c: ID!) { chat(id: $c) { id } }';
const MESSAGE = 'query($m: ID!) { message(id: $m) { id } }';
const CHATS_PAGE = 'query($f: Int, $a: String) { chats(first: $f, after: $a) { edges { cursor } } }';
const SEARCH = 'query($q: String!, $c: ID, $f: Int, $a: String) { searchMessages(query: $q, chatId: $c, first: $f, after: $a) { edges { cursor } } }';
const DIRECT = 'mutation($u: ID!) { createDirectChat(userId: $u) { id } }';
const GROUP = 'mutation($i: CreateGroupInput!) { createGroupChat(input: $i) { id } }';
const RENAME = 'mutation($c: ID!, $t: String!) { renameGroup(chatId: $c, title: $t) { id title } }';
const ADD = 'mutation($c: ID!, $u: [ID!]!) { addMembers(chatId: $c, userIds: $u) { id } }';
const REMOVE = 'mutation($c: ID!, $u: ID!) { removeMember(chatId: $c, userId: $u) { id } }';
const LEAVE = 'mutation($c: ID!) { leaveChat(chatId: $c) }';
/** Everything a user's chat list says, read state included. */
const CHATS = '{ chats(first: 100) { edges { node { id kind title lastSeq unreadCount myLastReadSeq members { role lastReadSeq user { id } } } } } }';

interface World {
  a: Session; // owner of the group, member of the direct chat and of `other`
  b: Session; // member of the group and the direct chat
  c: Session; // member of `other` only
  group: string;
  direct: string;
  other: string;
  /** A's text message in the group. */
  msgA: string;
  /** The group's "created" SYSTEM message. */
  system: string;
  /** A's message in the group, deleted for everyone. */
  deleted: string;
  /** A message of `other`, a chat A is in too. */
  otherMsg: string;
}

type Vars = Record<string, unknown>;

interface Case {
  name: string;
  query: string;
  vars: (w: World) => Vars;
  /** Who sends it: A unless said otherwise. */
  who?: 'a' | 'b';
  code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT';
  /** extensions.field, when the service names one. */
  field?: string;
  /** A part of the message. */
  says?: string;
}

const sendInput = (w: World, patch: Vars): Vars => ({ i: { chatId: w.group, clientId: randomUUID(), text: 'hello', ...patch } });
const badIds = ['nope', '123'];

const CASES: Case[] = [
  // sendMessage
  {
    name: 'sendMessage: text of 4001 characters',
    query: SEND,
    vars: (w) => sendInput(w, { text: 'x'.repeat(4001) }),
    code: 'BAD_USER_INPUT',
    field: 'input.text',
    says: 'at most 4000',
  },
  {
    name: 'sendMessage: empty text without attachments',
    query: SEND,
    vars: (w) => sendInput(w, { text: '' }),
    code: 'BAD_USER_INPUT',
    field: 'input.text',
    says: 'empty',
  },
  {
    name: 'sendMessage: whitespace-only text without attachments',
    query: SEND,
    vars: (w) => sendInput(w, { text: ' \n\t  \r\n ' }),
    code: 'BAD_USER_INPUT',
    field: 'input.text',
    says: 'empty',
  },
  {
    name: 'sendMessage: no text and no attachments',
    query: SEND,
    vars: (w) => sendInput(w, { text: null }),
    code: 'BAD_USER_INPUT',
    field: 'input.text',
    says: 'required',
  },
  {
    name: 'sendMessage: no text and an empty attachment list',
    query: SEND,
    vars: (w) => sendInput(w, { text: null, attachmentIds: [] }),
    code: 'BAD_USER_INPUT',
    field: 'input.text',
  },
  ...['bell \u0007 ring', 'nul \u0000 byte', 'escape \u001b[2J clear', 'delete \u007f char', 'vertical \u000b tab'].map((text): Case => ({
    name: `sendMessage: text with the control character U+${text
      .charCodeAt(text.indexOf(' ') + 1)
      .toString(16)
      .padStart(4, '0')}`,
    query: SEND,
    vars: (w) => sendInput(w, { text }),
    code: 'BAD_USER_INPUT',
    field: 'input.text',
    says: 'control characters',
  })),
  { name: 'sendMessage: unknown chat id', query: SEND, vars: (w) => sendInput(w, { chatId: fakeId() }), code: 'NOT_FOUND' },
  ...badIds.map((id): Case => ({
    name: `sendMessage: chatId "${id}"`,
    query: SEND,
    vars: (w) => sendInput(w, { chatId: id }),
    code: 'BAD_USER_INPUT',
    field: 'input.chatId',
    says: 'not a valid id',
  })),
  ...badIds.map((id): Case => ({
    name: `sendMessage: replyToId "${id}"`,
    query: SEND,
    vars: (w) => sendInput(w, { replyToId: id }),
    code: 'BAD_USER_INPUT',
    field: 'input.replyToId',
  })),
  {
    name: 'sendMessage: replyToId of a message of another chat (of the sender)',
    query: SEND,
    vars: (w) => sendInput(w, { replyToId: w.otherMsg }),
    code: 'BAD_USER_INPUT',
    field: 'input.replyToId',
    says: 'not a message of this chat',
  },
  {
    name: 'sendMessage: replyToId naming no message',
    query: SEND,
    vars: (w) => sendInput(w, { replyToId: fakeId() }),
    code: 'BAD_USER_INPUT',
    field: 'input.replyToId',
  },
  ...badIds.map((id): Case => ({
    name: `sendMessage: attachmentIds ["${id}"]`,
    query: SEND,
    vars: (w) => sendInput(w, { attachmentIds: [id] }),
    code: 'BAD_USER_INPUT',
    field: 'input.attachmentIds[0]',
  })),
  {
    name: 'sendMessage: attachmentIds naming no upload',
    query: SEND,
    vars: (w) => sendInput(w, { attachmentIds: [fakeId()] }),
    code: 'BAD_USER_INPUT',
    field: 'input.attachmentIds',
    says: 'uploads',
  },
  {
    name: 'sendMessage: attachmentIds naming no upload, without text',
    query: SEND,
    vars: (w) => sendInput(w, { text: null, attachmentIds: [fakeId()] }),
    code: 'BAD_USER_INPUT',
    field: 'input.attachmentIds',
  },
  {
    name: 'sendMessage: 11 attachmentIds',
    query: SEND,
    vars: (w) => sendInput(w, { attachmentIds: fakeIds(11) }),
    code: 'BAD_USER_INPUT',
    field: 'input.attachmentIds',
    says: 'at most 10',
  },
  ...['', '   ', 'c'.repeat(101)].map((clientId): Case => ({
    name: `sendMessage: clientId of ${clientId.length} characters${clientId.trim() ? '' : ' (blank)'}`,
    query: SEND,
    vars: (w) => sendInput(w, { clientId }),
    code: 'BAD_USER_INPUT',
    field: 'input.clientId',
  })),

  // editMessage
  { name: "editMessage: someone else's message", who: 'b', query: EDIT, vars: (w) => ({ m: w.msgA, t: 'mine now' }), code: 'FORBIDDEN' },
  { name: 'editMessage: a SYSTEM message', query: EDIT, vars: (w) => ({ m: w.system, t: 'history rewritten' }), code: 'FORBIDDEN' },
  ...['', '  \n '].map((t): Case => ({
    name: `editMessage: to ${t ? 'whitespace-only' : 'empty'} text`,
    query: EDIT,
    vars: (w) => ({ m: w.msgA, t }),
    code: 'BAD_USER_INPUT',
    field: 'text',
    says: 'empty',
  })),
  {
    name: 'editMessage: to 4001 characters',
    query: EDIT,
    vars: (w) => ({ m: w.msgA, t: 'y'.repeat(4001) }),
    code: 'BAD_USER_INPUT',
    field: 'text',
    says: 'at most 4000',
  },
  {
    name: 'editMessage: to text with a control character',
    query: EDIT,
    vars: (w) => ({ m: w.msgA, t: 'ring \u0007 bell' }),
    code: 'BAD_USER_INPUT',
    field: 'text',
    says: 'control characters',
  },
  {
    name: 'editMessage: a deleted message',
    query: EDIT,
    vars: (w) => ({ m: w.deleted, t: 'resurrected' }),
    code: 'BAD_USER_INPUT',
    field: 'id',
    says: 'deleted',
  },
  { name: 'editMessage: unknown message id', query: EDIT, vars: () => ({ m: fakeId(), t: 'x' }), code: 'NOT_FOUND' },
  ...badIds.map((id): Case => ({ name: `editMessage: id "${id}"`, query: EDIT, vars: () => ({ m: id, t: 'x' }), code: 'BAD_USER_INPUT', field: 'id' })),

  // deleteMessage
  { name: "deleteMessage: someone else's message for everyone", who: 'b', query: DELETE, vars: (w) => ({ m: w.msgA, e: true }), code: 'FORBIDDEN' },
  { name: 'deleteMessage: a SYSTEM message for everyone', query: DELETE, vars: (w) => ({ m: w.system, e: true }), code: 'FORBIDDEN' },
  { name: 'deleteMessage: unknown message id', query: DELETE, vars: () => ({ m: fakeId(), e: true }), code: 'NOT_FOUND' },
  ...badIds.map((id): Case => ({ name: `deleteMessage: id "${id}"`, query: DELETE, vars: () => ({ m: id, e: false }), code: 'BAD_USER_INPUT', field: 'id' })),
  { name: 'deleteMessage: forEveryone "yes" (wrong type)', query: DELETE, vars: (w) => ({ m: w.msgA, e: 'yes' }), code: 'BAD_USER_INPUT' },

  // toggleReaction
  ...['', ' ', 'ab', '👍👍', '1', 'x👍'].map((e): Case => ({
    name: `toggleReaction: emoji ${JSON.stringify(e)}`,
    query: REACT,
    vars: (w) => ({ m: w.msgA, e }),
    code: 'BAD_USER_INPUT',
    field: 'emoji',
    says: 'single emoji',
  })),
  { name: 'toggleReaction: a deleted message', query: REACT, vars: (w) => ({ m: w.deleted, e: '👍' }), code: 'BAD_USER_INPUT', field: 'messageId' },
  { name: 'toggleReaction: unknown message id', query: REACT, vars: () => ({ m: fakeId(), e: '👍' }), code: 'NOT_FOUND' },
  ...badIds.map((id): Case => ({
    name: `toggleReaction: messageId "${id}"`,
    query: REACT,
    vars: () => ({ m: id, e: '👍' }),
    code: 'BAD_USER_INPUT',
    field: 'messageId',
  })),

  // forwardMessage
  { name: 'forwardMessage: chatIds []', query: FORWARD, vars: (w) => ({ m: w.msgA, c: [] }), code: 'BAD_USER_INPUT', field: 'chatIds', says: 'at least 1' },
  {
    name: 'forwardMessage: 21 chatIds',
    query: FORWARD,
    vars: (w) => ({ m: w.msgA, c: fakeIds(21) }),
    code: 'BAD_USER_INPUT',
    field: 'chatIds',
    says: 'at most 20',
  },
  { name: 'forwardMessage: chatIds ["nope"]', query: FORWARD, vars: (w) => ({ m: w.msgA, c: ['nope'] }), code: 'BAD_USER_INPUT', field: 'chatIds[0]' },
  {
    name: 'forwardMessage: chatIds [a chat, "123"] (nothing forwarded to the good one)',
    query: FORWARD,
    vars: (w) => ({ m: w.msgA, c: [w.other, '123'] }),
    code: 'BAD_USER_INPUT',
    field: 'chatIds[1]',
  },
  {
    name: 'forwardMessage: chatIds [a chat, an unknown chat] (nothing forwarded to the good one)',
    query: FORWARD,
    vars: (w) => ({ m: w.msgA, c: [w.other, fakeId()] }),
    code: 'NOT_FOUND',
  },
  { name: 'forwardMessage: a SYSTEM message', query: FORWARD, vars: (w) => ({ m: w.system, c: [w.other] }), code: 'BAD_USER_INPUT', field: 'messageId' },
  { name: 'forwardMessage: a deleted message', query: FORWARD, vars: (w) => ({ m: w.deleted, c: [w.other] }), code: 'BAD_USER_INPUT', field: 'messageId' },
  { name: 'forwardMessage: unknown message id', query: FORWARD, vars: (w) => ({ m: fakeId(), c: [w.other] }), code: 'NOT_FOUND' },
  ...badIds.map((id): Case => ({
    name: `forwardMessage: messageId "${id}"`,
    query: FORWARD,
    vars: (w) => ({ m: id, c: [w.other] }),
    code: 'BAD_USER_INPUT',
    field: 'messageId',
  })),

  // markRead
  { name: 'markRead: negative seq', query: MARK_READ, vars: (w) => ({ c: w.group, s: -1 }), code: 'BAD_USER_INPUT', field: 'seq', says: '≥ 0' },
  { name: 'markRead: seq "x" (wrong type)', query: MARK_READ, vars: (w) => ({ c: w.group, s: 'x' }), code: 'BAD_USER_INPUT', says: '$s' },
  { name: 'markRead: seq 1.5 (not an Int)', query: MARK_READ, vars: (w) => ({ c: w.group, s: 1.5 }), code: 'BAD_USER_INPUT' },
  { name: 'markRead: seq 2^31 (beyond Int)', query: MARK_READ, vars: (w) => ({ c: w.group, s: 2 ** 31 }), code: 'BAD_USER_INPUT' },
  { name: 'markRead: unknown chat id', query: MARK_READ, vars: () => ({ c: fakeId(), s: 1 }), code: 'NOT_FOUND' },
  ...badIds.map((id): Case => ({ name: `markRead: chatId "${id}"`, query: MARK_READ, vars: () => ({ c: id, s: 1 }), code: 'BAD_USER_INPUT', field: 'chatId' })),
  {
    name: 'markRead: seq "x" as an inline literal',
    query: 'mutation($c: ID!) { markRead(chatId: $c, seq: "x") { id } }',
    vars: (w) => ({ c: w.group }),
    code: 'BAD_USER_INPUT',
  },

  // setTyping
  { name: 'setTyping: unknown chat id', query: SET_TYPING, vars: () => ({ c: fakeId(), t: true }), code: 'NOT_FOUND' },
  ...badIds.map((id): Case => ({
    name: `setTyping: chatId "${id}"`,
    query: SET_TYPING,
    vars: () => ({ c: id, t: true }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),
  { name: 'setTyping: isTyping "yes" (wrong type)', query: SET_TYPING, vars: (w) => ({ c: w.group, t: 'yes' }), code: 'BAD_USER_INPUT' },

  // messages
  ...[101, 0, -5].map((l): Case => ({
    name: `messages: limit ${l}`,
    query: MESSAGES,
    vars: (w) => ({ c: w.group, l }),
    code: 'BAD_USER_INPUT',
    field: 'limit',
    says: 'between 1 and 100',
  })),
  { name: 'messages: limit "ten" (wrong type)', query: MESSAGES, vars: (w) => ({ c: w.group, l: 'ten' }), code: 'BAD_USER_INPUT' },
  {
    name: 'messages: beforeSeq together with afterSeq',
    query: MESSAGES,
    vars: (w) => ({ c: w.group, b: 5, a: 1 }),
    code: 'BAD_USER_INPUT',
    field: 'afterSeq',
    says: 'not both',
  },
  { name: 'messages: negative beforeSeq', query: MESSAGES, vars: (w) => ({ c: w.group, b: -1 }), code: 'BAD_USER_INPUT', field: 'beforeSeq' },
  { name: 'messages: negative afterSeq', query: MESSAGES, vars: (w) => ({ c: w.group, a: -1 }), code: 'BAD_USER_INPUT', field: 'afterSeq' },
  { name: 'messages: unknown chat id', query: MESSAGES, vars: () => ({ c: fakeId() }), code: 'NOT_FOUND' },
  ...badIds.map((id): Case => ({ name: `messages: chatId "${id}"`, query: MESSAGES, vars: () => ({ c: id }), code: 'BAD_USER_INPUT', field: 'chatId' })),

  // chat, message, chats
  ...badIds.map((id): Case => ({ name: `chat: id "${id}"`, query: CHAT, vars: () => ({ c: id }), code: 'BAD_USER_INPUT', field: 'id' })),
  ...badIds.map((id): Case => ({ name: `message: id "${id}"`, query: MESSAGE, vars: () => ({ m: id }), code: 'BAD_USER_INPUT', field: 'id' })),
  ...[0, 101].map((f): Case => ({ name: `chats: first ${f}`, query: CHATS_PAGE, vars: () => ({ f }), code: 'BAD_USER_INPUT', field: 'first' })),
  { name: 'chats: after "garbage"', query: CHATS_PAGE, vars: () => ({ a: 'garbage' }), code: 'BAD_USER_INPUT', field: 'after' },

  // searchMessages
  ...['', '   ', 's'.repeat(201)].map((q): Case => ({
    name: `searchMessages: query of ${q.length} characters${q.trim() ? '' : ' (blank)'}`,
    query: SEARCH,
    vars: () => ({ q }),
    code: 'BAD_USER_INPUT',
    field: 'query',
    says: '1..200',
  })),
  ...badIds.map((id): Case => ({
    name: `searchMessages: chatId "${id}"`,
    query: SEARCH,
    vars: () => ({ q: 'hello', c: id }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),
  { name: 'searchMessages: unknown chat id', query: SEARCH, vars: () => ({ q: 'hello', c: fakeId() }), code: 'NOT_FOUND' },
  ...[0, 51].map((f): Case => ({ name: `searchMessages: first ${f}`, query: SEARCH, vars: () => ({ q: 'hello', f }), code: 'BAD_USER_INPUT', field: 'first' })),
  { name: 'searchMessages: after "garbage"', query: SEARCH, vars: () => ({ q: 'hello', a: 'garbage' }), code: 'BAD_USER_INPUT', field: 'after' },

  // createDirectChat
  ...badIds.map((id): Case => ({ name: `createDirectChat: userId "${id}"`, query: DIRECT, vars: () => ({ u: id }), code: 'BAD_USER_INPUT', field: 'userId' })),
  { name: 'createDirectChat: unknown user id', query: DIRECT, vars: () => ({ u: fakeId() }), code: 'BAD_USER_INPUT', field: 'userId', says: 'no user' },
  { name: 'createDirectChat: with oneself', query: DIRECT, vars: (w) => ({ u: w.a.userId }), code: 'BAD_USER_INPUT', field: 'userId' },

  // createGroupChat
  ...['', '   ', 't'.repeat(101), 'new\u0000line'].map((title): Case => ({
    name: `createGroupChat: title ${title.length > 20 ? `of ${title.length} characters` : JSON.stringify(title)}`,
    query: GROUP,
    vars: (w) => ({ i: { title, memberIds: [w.b.userId] } }),
    code: 'BAD_USER_INPUT',
    field: 'input.title',
  })),
  {
    name: 'createGroupChat: no members',
    query: GROUP,
    vars: () => ({ i: { title: 'Alone', memberIds: [] } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds',
    says: 'at least one other',
  },
  {
    name: 'createGroupChat: only oneself as member',
    query: GROUP,
    vars: (w) => ({ i: { title: 'Alone', memberIds: [w.a.userId] } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds',
    says: 'at least one other',
  },
  {
    name: 'createGroupChat: an unknown user id among real ones',
    query: GROUP,
    vars: (w) => ({ i: { title: 'Ghosts', memberIds: [w.b.userId, fakeId()] } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds',
    says: 'no user',
  },
  {
    name: 'createGroupChat: memberIds [a user, "123"]',
    query: GROUP,
    vars: (w) => ({ i: { title: 'Typo', memberIds: [w.b.userId, '123'] } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds[1]',
  },
  {
    name: 'createGroupChat: memberIds ["nope"]',
    query: GROUP,
    vars: () => ({ i: { title: 'Typo', memberIds: ['nope'] } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds[0]',
  },
  {
    name: 'createGroupChat: 1000 other members (1001 with the creator)',
    query: GROUP,
    vars: () => ({ i: { title: 'Crowd', memberIds: fakeIds(1000) } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds',
    says: 'at most 1000',
  },
  {
    name: 'createGroupChat: 1200 members',
    query: GROUP,
    vars: () => ({ i: { title: 'Crowd', memberIds: fakeIds(1200) } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds',
    says: 'at most 1000',
  },
  {
    // 999 others is within the limit: what fails is that they do not exist.
    name: 'createGroupChat: 999 unknown members (within the size limit)',
    query: GROUP,
    vars: () => ({ i: { title: 'Crowd', memberIds: fakeIds(999) } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds',
    says: 'no user',
  },

  // renameGroup
  ...['', '   ', 't'.repeat(101), 'tab\u0009title'].map((t): Case => ({
    name: `renameGroup: title ${t.length > 20 ? `of ${t.length} characters` : JSON.stringify(t)}`,
    query: RENAME,
    vars: (w) => ({ c: w.group, t }),
    code: 'BAD_USER_INPUT',
    field: 'title',
  })),
  { name: 'renameGroup: a direct chat', query: RENAME, vars: (w) => ({ c: w.direct, t: 'Direct no more' }), code: 'BAD_USER_INPUT', field: 'chatId' },
  { name: 'renameGroup: unknown chat id', query: RENAME, vars: () => ({ c: fakeId(), t: 'Nowhere' }), code: 'NOT_FOUND' },
  ...badIds.map((id): Case => ({
    name: `renameGroup: chatId "${id}"`,
    query: RENAME,
    vars: () => ({ c: id, t: 'x' }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),

  // addMembers
  { name: 'addMembers: userIds []', query: ADD, vars: (w) => ({ c: w.group, u: [] }), code: 'BAD_USER_INPUT', field: 'userIds', says: 'at least 1' },
  {
    name: 'addMembers: unknown user ids',
    query: ADD,
    vars: (w) => ({ c: w.group, u: [fakeId(), fakeId()] }),
    code: 'BAD_USER_INPUT',
    field: 'userIds',
    says: 'no user',
  },
  {
    name: 'addMembers: a real user and an unknown one (neither is added)',
    query: ADD,
    vars: (w) => ({ c: w.group, u: [w.c.userId, fakeId()] }),
    code: 'BAD_USER_INPUT',
    field: 'userIds',
  },
  { name: 'addMembers: userIds ["nope"]', query: ADD, vars: (w) => ({ c: w.group, u: ['nope'] }), code: 'BAD_USER_INPUT', field: 'userIds[0]' },
  { name: 'addMembers: a direct chat', query: ADD, vars: (w) => ({ c: w.direct, u: [w.c.userId] }), code: 'BAD_USER_INPUT', field: 'chatId' },
  { name: 'addMembers: unknown chat id', query: ADD, vars: (w) => ({ c: fakeId(), u: [w.c.userId] }), code: 'NOT_FOUND' },
  ...badIds.map((id): Case => ({
    name: `addMembers: chatId "${id}"`,
    query: ADD,
    vars: (w) => ({ c: id, u: [w.c.userId] }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),

  // removeMember
  ...badIds.map((id): Case => ({
    name: `removeMember: userId "${id}"`,
    query: REMOVE,
    vars: (w) => ({ c: w.group, u: id }),
    code: 'BAD_USER_INPUT',
    field: 'userId',
  })),
  { name: 'removeMember: oneself', query: REMOVE, vars: (w) => ({ c: w.group, u: w.a.userId }), code: 'BAD_USER_INPUT', field: 'userId', says: 'leaveChat' },
  { name: 'removeMember: a user who is not a member', query: REMOVE, vars: (w) => ({ c: w.group, u: w.c.userId }), code: 'BAD_USER_INPUT', field: 'userId' },
  { name: 'removeMember: unknown chat id', query: REMOVE, vars: (w) => ({ c: fakeId(), u: w.b.userId }), code: 'NOT_FOUND' },
  ...badIds.map((id): Case => ({
    name: `removeMember: chatId "${id}"`,
    query: REMOVE,
    vars: (w) => ({ c: id, u: w.b.userId }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),

  // leaveChat
  { name: 'leaveChat: a direct chat', query: LEAVE, vars: (w) => ({ c: w.direct }), code: 'BAD_USER_INPUT', field: 'chatId' },
  { name: 'leaveChat: unknown chat id', query: LEAVE, vars: () => ({ c: fakeId() }), code: 'NOT_FOUND' },
  ...badIds.map((id): Case => ({ name: `leaveChat: chatId "${id}"`, query: LEAVE, vars: () => ({ c: id }), code: 'BAD_USER_INPUT', field: 'chatId' })),

  // Requests that do not fit the schema never reach a resolver.
  { name: 'sendMessage: text 42 (wrong type)', query: SEND, vars: (w) => sendInput(w, { text: 42 }), code: 'BAD_USER_INPUT', says: '$i' },
  { name: 'sendMessage: clientId missing', query: SEND, vars: (w) => ({ i: { chatId: w.group, text: 'hi' } }), code: 'BAD_USER_INPUT', says: 'clientId' },
  { name: 'sendMessage: a field the input does not have', query: SEND, vars: (w) => sendInput(w, { sticker: 'cat' }), code: 'BAD_USER_INPUT', says: 'sticker' },
  { name: 'forwardMessage: chatIds {} (wrong type)', query: FORWARD, vars: (w) => ({ m: w.msgA, c: {} }), code: 'BAD_USER_INPUT' },
  {
    name: 'markRead: an argument the field does not have',
    query: 'mutation($c: ID!) { markRead(chatId: $c, seq: 1, everything: true) { id } }',
    vars: (w) => ({ c: w.group }),
    code: 'BAD_USER_INPUT',
  },
  { name: 'markRead: seq missing', query: 'mutation($c: ID!) { markRead(chatId: $c) { id } }', vars: (w) => ({ c: w.group }), code: 'BAD_USER_INPUT' },
];

let stack: Stack;

describe('messaging input: every bad argument is refused with a clear code, and nothing is stored', () => {
  let w: World;
  const clients: Client[] = [];

  /** Everything stored that the cases could touch: the three users' chat lists (read state included) and all messages of the chats. */
  const state = async () =>
    JSON.stringify(
      await Promise.all([
        asOk(stack, w.a, CHATS),
        asOk(stack, w.b, CHATS),
        asOk(stack, w.c, CHATS),
        ...[w.group, w.direct, w.other].map((id) => pageOf(stack, w.a, id, { limit: 100 })),
      ]),
    );

  beforeAll(async () => {
    // Every case reads the whole state before and after: far more than a person reads in a minute.
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000', GRAPHQL_COST_PER_MINUTE_USER: '100000000' } });
    const [a, b, c] = await Promise.all([login(stack), login(stack), login(stack)]);
    const group = await createGroup(stack, a, 'Input checks', [b.userId]);
    const direct = await createDirect(stack, a, b.userId);
    const other = await createGroup(stack, a, 'Elsewhere', [c.userId]);
    const msgA = await send(stack, a, group.id, 'hello from A');
    await send(stack, b, group.id, 'hello from B');
    const deleted = await send(stack, a, group.id, 'soon gone');
    await asOk(stack, a, DELETE, { m: deleted.id, e: true });
    await asOk(stack, a, REACT, { m: msgA.id, e: '👍' });
    const otherMsg = await send(stack, c, other.id, 'hello from elsewhere');
    const system = (await pageOf(stack, a, group.id, { afterSeq: 0, limit: 1 })).messages[0];
    expect(system.type).toBe('SYSTEM');
    w = { a, b, c, group: group.id, direct: direct.id, other: other.id, msgA: msgA.id, system: system.id, deleted: deleted.id, otherMsg: otherMsg.id };
  });

  afterAll(async () => {
    await Promise.allSettled(clients.map((c) => Promise.resolve(c.dispose())));
    await stack?.stop();
  });

  it.each(CASES)('$name → $code', async (c) => {
    const before = await state();
    const r = await as(stack, c.who === 'b' ? w.b : w.a, c.query, c.vars(w));
    expect(errorCode(r), JSON.stringify(r.errors)).toBe(c.code);
    expect(r.errors).toHaveLength(1);
    expect(Object.values(r.data ?? {}).every((v) => v === null)).toBe(true);
    const [error] = r.errors!;
    if (c.field) expect(error.extensions?.field).toBe(c.field);
    if (c.says) expect(error.message).toContain(c.says);
    expect(error.message).not.toMatch(/internal error/i);
    expect(await state()).toBe(before);
  });

  it('subscriptions refuse a malformed chatId (BAD_USER_INPUT, field chatId), an unknown one (NOT_FOUND) and a wrongly typed variable', async () => {
    const client = wsClient(stack.gatewayUrl, w.a.accessToken);
    clients.push(client);
    const first = (s: Subscription<unknown>) => {
      const e = s.errors[0];
      return (Array.isArray(e) ? e[0] : e) as { message: string; extensions?: { code?: string; field?: string } } | undefined;
    };
    const kinds = ['newMessage { id }', 'messageUpdated { id }', 'reactions { emoji }', 'typing { isTyping }', 'readReceipts { lastReadSeq }'];
    const subs = kinds.flatMap((k) => {
      const [field, selection] = [k.slice(0, k.indexOf(' ')), k.slice(k.indexOf(' '))];
      const q = `subscription($c: ID) { ${field}(chatId: $c) ${selection} }`;
      return [
        { k: field, want: 'BAD_USER_INPUT', wantField: 'chatId', sub: new Subscription<unknown>(client, q, { c: 'nope' }) },
        { k: field, want: 'BAD_USER_INPUT', wantField: 'chatId', sub: new Subscription<unknown>(client, q, { c: '123' }) },
        { k: field, want: 'NOT_FOUND', wantField: undefined, sub: new Subscription<unknown>(client, q, { c: fakeId() }) },
        { k: field, want: 'BAD_USER_INPUT', wantField: undefined, sub: new Subscription<unknown>(client, q, { c: { id: 1 } }) },
        {
          k: field,
          want: 'BAD_USER_INPUT',
          wantField: undefined,
          sub: new Subscription<unknown>(client, `subscription { ${field}(chatId: 5, bogus: true) ${selection} }`),
        },
      ];
    });
    const deadline = Date.now() + 10_000;
    while (subs.some((s) => !s.sub.errors.length) && Date.now() < deadline) await sleep(100);
    for (const s of subs) {
      const e = first(s.sub);
      expect(e?.extensions?.code, `${s.k}: ${JSON.stringify(s.sub.errors)}`).toBe(s.want);
      if (s.wantField) expect(e?.extensions?.field, s.k).toBe(s.wantField);
      expect(s.sub.events).toEqual([]);
      s.sub.close();
    }
  });

  it('the limits are where they say: 4000 characters, newlines, 100-character titles, 200-character literal searches, limit 1..100, seq 0, a 100-character clientId, one emoji of several code points', async () => {
    const { a } = w;
    const long = await send(stack, a, w.direct, '😀'.repeat(4000));
    expect([...long.text!]).toHaveLength(4000);
    const lines = await send(stack, a, w.direct, '  first line\n\tsecond line\r\nthird  ');
    expect(lines.text).toBe('first line\n\tsecond line\r\nthird');
    const title = 'T'.repeat(100);
    expect((await asOk<{ renameGroup: { title: string } }>(stack, a, RENAME, { c: w.group, t: `  ${title}  ` })).renameGroup.title).toBe(title);
    expect((await asOk<{ searchMessages: { edges: unknown[] } }>(stack, a, SEARCH, { q: 's'.repeat(200) })).searchMessages.edges).toEqual([]);
    expect((await pageOf(stack, a, w.group, { limit: 100 })).messages.length).toBeGreaterThan(0);
    expect((await pageOf(stack, a, w.group, { limit: 1 })).messages).toHaveLength(1);
    expect((await as(stack, w.b, MARK_READ, { c: w.direct, s: 0 })).errors).toBeUndefined();
    // Search terms are literal text, not patterns.
    const literal = await send(stack, a, w.direct, 'costs (.*) dollars');
    const found = await asOk<{ searchMessages: { edges: Array<{ node: { message: { id: string } } }> } }>(
      stack,
      a,
      'query($q: String!) { searchMessages(query: $q) { edges { node { message { id } } } } }',
      { q: '(.*)' },
    );
    expect(found.searchMessages.edges.map((e) => e.node.message.id)).toEqual([literal.id]);
    const clientId = 'k'.repeat(100);
    expect((await send(stack, a, w.direct, 'long client id', { clientId })).clientId).toBe(clientId);
    for (const emoji of ['❤️', '👍🏽', '🇫🇷', '👨‍👩‍👧', '#️⃣']) {
      const r = await asOk<{ toggleReaction: { reactions: Array<{ emoji: string }> } }>(stack, a, REACT, { m: long.id, e: emoji });
      expect(
        r.toggleReaction.reactions.map((x) => x.emoji),
        emoji,
      ).toContain(emoji);
    }
  });

  describe('idempotent sends', () => {
    const lastSeq = async (s: Session, chatId: string) =>
      (await asOk<{ chat: { lastSeq: number } }>(stack, s, 'query($c: ID!) { chat(id: $c) { lastSeq } }', { c: chatId })).chat.lastSeq;
    const sendFull = (s: Session, input: Vars) => as<{ sendMessage: MessageView }>(stack, s, SEND_FULL, { i: input });

    it('the same clientId and content returns the same message and writes nothing more', async () => {
      const clientId = randomUUID();
      const input = { chatId: w.group, clientId, text: 'exactly once', replyToId: w.msgA };
      const first = (await sendFull(w.a, input)).data!.sendMessage;
      const seq = await lastSeq(w.a, w.group);
      const count = (await pageOf(stack, w.a, w.group, { limit: 100 })).messages.length;
      expect(first.seq).toBe(seq);

      const again = await sendFull(w.a, input);
      expect(again.errors).toBeUndefined();
      expect(again.data!.sendMessage.id).toBe(first.id);
      expect(again.data!.sendMessage.seq).toBe(first.seq);
      // Surrounding whitespace of the text is not a different message.
      const padded = await sendFull(w.a, { ...input, text: '  exactly once \n' });
      expect(padded.data?.sendMessage.id).toBe(first.id);
      expect(await lastSeq(w.a, w.group)).toBe(seq);
      expect((await pageOf(stack, w.a, w.group, { limit: 100 })).messages).toHaveLength(count);

      // Concurrent first tries with one new clientId (a client retrying over a flaky network) make one message.
      const burstInput = { chatId: w.group, clientId: randomUUID(), text: 'sent five times at once' };
      const burst = await Promise.all(Array.from({ length: 5 }, () => sendFull(w.a, burstInput)));
      expect(burst.map((r) => r.errors)).toEqual(Array(5).fill(undefined));
      expect(new Set(burst.map((r) => r.data!.sendMessage.id)).size).toBe(1);
      expect(await lastSeq(w.a, w.group)).toBe(seq + 1);
      expect((await pageOf(stack, w.a, w.group, { limit: 100 })).messages).toHaveLength(count + 1);
    });

    it('the same clientId with different content is a CONFLICT, and nothing is stored', async () => {
      const clientId = randomUUID();
      const first = (await sendFull(w.a, { chatId: w.group, clientId, text: 'original' })).data!.sendMessage;
      const before = await state();
      for (const [label, input] of [
        ['other text', { chatId: w.group, clientId, text: 'changed' }],
        ['another chat', { chatId: w.direct, clientId, text: 'original' }],
        ['a reply this time', { chatId: w.group, clientId, text: 'original', replyToId: w.msgA }],
      ] as Array<[string, Vars]>) {
        const r = await sendFull(w.a, input);
        expect(errorCode(r), label).toBe('CONFLICT');
        expect(r.errors![0].message, label).toContain('clientId');
      }
      expect(await state()).toBe(before);
      // The original is intact, and a clientId belongs to its sender: B may use the same one.
      expect((await sendFull(w.a, { chatId: w.group, clientId, text: 'original' })).data?.sendMessage.id).toBe(first.id);
      const bs = (await sendFull(w.b, { chatId: w.group, clientId, text: 'original' })).data!.sendMessage;
      expect(bs.id).not.toBe(first.id);
      expect(bs.sender.id).toBe(w.b.userId);
    });
  });
});
