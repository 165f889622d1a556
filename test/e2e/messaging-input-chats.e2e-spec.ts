import { describe, expect, it } from 'vitest';
import {
  ADD_MEMBERS,
  asOk,
  badIds,
  CREATE_DIRECT,
  CREATE_GROUP,
  fakeId,
  fakeIds,
  inputFixture,
  LEAVE_CHAT,
  REMOVE_MEMBER,
  RENAME_GROUP,
  type InputCase,
} from '#testing';

/**
 * Bad input for making and changing chats (createDirectChat, createGroupChat, renameGroup,
 * addMembers, removeMember, leaveChat): a clear code and field, and nothing stored
 * (libs/testing/src/input-cases.ts).
 */

const CASES: InputCase[] = [
  // createDirectChat
  ...badIds.map((id): InputCase => ({
    name: `createDirectChat: userId "${id}"`,
    query: CREATE_DIRECT,
    vars: () => ({ userId: id }),
    code: 'BAD_USER_INPUT',
    field: 'userId',
  })),
  {
    name: 'createDirectChat: unknown user id',
    query: CREATE_DIRECT,
    vars: () => ({ userId: fakeId() }),
    code: 'BAD_USER_INPUT',
    field: 'userId',
    says: 'no user',
  },
  { name: 'createDirectChat: with oneself', query: CREATE_DIRECT, vars: (w) => ({ userId: w.a.userId }), code: 'BAD_USER_INPUT', field: 'userId' },

  // createGroupChat
  ...['', '   ', 't'.repeat(101), 'new\u0000line'].map((title): InputCase => ({
    name: `createGroupChat: title ${title.length > 20 ? `of ${title.length} characters` : JSON.stringify(title)}`,
    query: CREATE_GROUP,
    vars: (w) => ({ input: { title, memberIds: [w.b.userId] } }),
    code: 'BAD_USER_INPUT',
    field: 'input.title',
  })),
  {
    name: 'createGroupChat: no members',
    query: CREATE_GROUP,
    vars: () => ({ input: { title: 'Alone', memberIds: [] } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds',
    says: 'at least one other',
  },
  {
    name: 'createGroupChat: only oneself as member',
    query: CREATE_GROUP,
    vars: (w) => ({ input: { title: 'Alone', memberIds: [w.a.userId] } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds',
    says: 'at least one other',
  },
  {
    name: 'createGroupChat: an unknown user id among real ones',
    query: CREATE_GROUP,
    vars: (w) => ({ input: { title: 'Ghosts', memberIds: [w.b.userId, fakeId()] } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds',
    says: 'no user',
  },
  {
    name: 'createGroupChat: memberIds [a user, "123"]',
    query: CREATE_GROUP,
    vars: (w) => ({ input: { title: 'Typo', memberIds: [w.b.userId, '123'] } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds[1]',
  },
  {
    name: 'createGroupChat: memberIds ["nope"]',
    query: CREATE_GROUP,
    vars: () => ({ input: { title: 'Typo', memberIds: ['nope'] } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds[0]',
  },
  {
    name: 'createGroupChat: 1000 other members (1001 with the creator)',
    query: CREATE_GROUP,
    vars: () => ({ input: { title: 'Crowd', memberIds: fakeIds(1000) } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds',
    says: 'at most 1000',
  },
  {
    name: 'createGroupChat: 1200 members',
    query: CREATE_GROUP,
    vars: () => ({ input: { title: 'Crowd', memberIds: fakeIds(1200) } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds',
    says: 'at most 1000',
  },
  {
    // 999 others is within the limit: what fails is that they do not exist.
    name: 'createGroupChat: 999 unknown members (within the size limit)',
    query: CREATE_GROUP,
    vars: () => ({ input: { title: 'Crowd', memberIds: fakeIds(999) } }),
    code: 'BAD_USER_INPUT',
    field: 'input.memberIds',
    says: 'no user',
  },

  // renameGroup
  ...['', '   ', 't'.repeat(101), 'tab\u0009title'].map((t): InputCase => ({
    name: `renameGroup: title ${t.length > 20 ? `of ${t.length} characters` : JSON.stringify(t)}`,
    query: RENAME_GROUP,
    vars: (w) => ({ chatId: w.group, title: t }),
    code: 'BAD_USER_INPUT',
    field: 'title',
  })),
  {
    name: 'renameGroup: a direct chat',
    query: RENAME_GROUP,
    vars: (w) => ({ chatId: w.direct, title: 'Direct no more' }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  },
  { name: 'renameGroup: unknown chat id', query: RENAME_GROUP, vars: () => ({ chatId: fakeId(), title: 'Nowhere' }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `renameGroup: chatId "${id}"`,
    query: RENAME_GROUP,
    vars: () => ({ chatId: id, title: 'x' }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),

  // addMembers
  {
    name: 'addMembers: userIds []',
    query: ADD_MEMBERS,
    vars: (w) => ({ chatId: w.group, userIds: [] }),
    code: 'BAD_USER_INPUT',
    field: 'userIds',
    says: 'at least 1',
  },
  {
    name: 'addMembers: unknown user ids',
    query: ADD_MEMBERS,
    vars: (w) => ({ chatId: w.group, userIds: [fakeId(), fakeId()] }),
    code: 'BAD_USER_INPUT',
    field: 'userIds',
    says: 'no user',
  },
  {
    name: 'addMembers: a real user and an unknown one (neither is added)',
    query: ADD_MEMBERS,
    vars: (w) => ({ chatId: w.group, userIds: [w.c.userId, fakeId()] }),
    code: 'BAD_USER_INPUT',
    field: 'userIds',
  },
  {
    name: 'addMembers: userIds ["nope"]',
    query: ADD_MEMBERS,
    vars: (w) => ({ chatId: w.group, userIds: ['nope'] }),
    code: 'BAD_USER_INPUT',
    field: 'userIds[0]',
  },
  {
    name: 'addMembers: a direct chat',
    query: ADD_MEMBERS,
    vars: (w) => ({ chatId: w.direct, userIds: [w.c.userId] }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  },
  { name: 'addMembers: unknown chat id', query: ADD_MEMBERS, vars: (w) => ({ chatId: fakeId(), userIds: [w.c.userId] }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `addMembers: chatId "${id}"`,
    query: ADD_MEMBERS,
    vars: (w) => ({ chatId: id, userIds: [w.c.userId] }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),

  // removeMember
  ...badIds.map((id): InputCase => ({
    name: `removeMember: userId "${id}"`,
    query: REMOVE_MEMBER,
    vars: (w) => ({ chatId: w.group, userId: id }),
    code: 'BAD_USER_INPUT',
    field: 'userId',
  })),
  {
    name: 'removeMember: oneself',
    query: REMOVE_MEMBER,
    vars: (w) => ({ chatId: w.group, userId: w.a.userId }),
    code: 'BAD_USER_INPUT',
    field: 'userId',
    says: 'leaveChat',
  },
  {
    name: 'removeMember: a user who is not a member',
    query: REMOVE_MEMBER,
    vars: (w) => ({ chatId: w.group, userId: w.c.userId }),
    code: 'BAD_USER_INPUT',
    field: 'userId',
  },
  { name: 'removeMember: unknown chat id', query: REMOVE_MEMBER, vars: (w) => ({ chatId: fakeId(), userId: w.b.userId }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `removeMember: chatId "${id}"`,
    query: REMOVE_MEMBER,
    vars: (w) => ({ chatId: id, userId: w.b.userId }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),

  // leaveChat
  { name: 'leaveChat: a direct chat', query: LEAVE_CHAT, vars: (w) => ({ chatId: w.direct }), code: 'BAD_USER_INPUT', field: 'chatId' },
  { name: 'leaveChat: unknown chat id', query: LEAVE_CHAT, vars: () => ({ chatId: fakeId() }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `leaveChat: chatId "${id}"`,
    query: LEAVE_CHAT,
    vars: () => ({ chatId: id }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),
];

describe('messaging input: making and changing chats refuses every bad argument with a clear code, and stores nothing', () => {
  const t = inputFixture();

  it.each(CASES)('$name → $code', (c) => t.refuses(c));

  it('the limits are where they say: 100-character titles', async () => {
    const { stack, w } = t;
    const title = 'T'.repeat(100);
    expect((await asOk(stack, w.a, RENAME_GROUP, { chatId: w.group, title: `  ${title}  ` })).renameGroup.title).toBe(title);
  });
});
