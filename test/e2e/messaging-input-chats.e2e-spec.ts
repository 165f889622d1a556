import { describe, expect, it } from 'vitest';
import { asOk, badIds, fakeId, fakeIds, graphql, inputFixture, type InputCase } from '#testing';

/**
 * Bad input for making and changing chats (createDirectChat, createGroupChat, renameGroup,
 * addMembers, removeMember, leaveChat): a clear code and field, and nothing stored
 * (libs/testing/src/input-cases.ts).
 */

const DIRECT = graphql(`
  mutation InputCreateDirect($u: ID!) {
    createDirectChat(userId: $u) {
      id
    }
  }
`);
const GROUP = graphql(`
  mutation InputCreateGroup($i: CreateGroupInput!) {
    createGroupChat(input: $i) {
      id
    }
  }
`);
const RENAME = graphql(`
  mutation InputRename($c: ID!, $t: String!) {
    renameGroup(chatId: $c, title: $t) {
      id
      title
    }
  }
`);
const ADD = graphql(`
  mutation InputAddMembers($c: ID!, $u: [ID!]!) {
    addMembers(chatId: $c, userIds: $u) {
      id
    }
  }
`);
const REMOVE = graphql(`
  mutation InputRemoveMember($c: ID!, $u: ID!) {
    removeMember(chatId: $c, userId: $u) {
      id
    }
  }
`);
const LEAVE = graphql(`
  mutation InputLeave($c: ID!) {
    leaveChat(chatId: $c)
  }
`);

const CASES: InputCase[] = [
  // createDirectChat
  ...badIds.map((id): InputCase => ({
    name: `createDirectChat: userId "${id}"`,
    query: DIRECT,
    vars: () => ({ u: id }),
    code: 'BAD_USER_INPUT',
    field: 'userId',
  })),
  { name: 'createDirectChat: unknown user id', query: DIRECT, vars: () => ({ u: fakeId() }), code: 'BAD_USER_INPUT', field: 'userId', says: 'no user' },
  { name: 'createDirectChat: with oneself', query: DIRECT, vars: (w) => ({ u: w.a.userId }), code: 'BAD_USER_INPUT', field: 'userId' },

  // createGroupChat
  ...['', '   ', 't'.repeat(101), 'new\u0000line'].map((title): InputCase => ({
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
  ...['', '   ', 't'.repeat(101), 'tab\u0009title'].map((t): InputCase => ({
    name: `renameGroup: title ${t.length > 20 ? `of ${t.length} characters` : JSON.stringify(t)}`,
    query: RENAME,
    vars: (w) => ({ c: w.group, t }),
    code: 'BAD_USER_INPUT',
    field: 'title',
  })),
  { name: 'renameGroup: a direct chat', query: RENAME, vars: (w) => ({ c: w.direct, t: 'Direct no more' }), code: 'BAD_USER_INPUT', field: 'chatId' },
  { name: 'renameGroup: unknown chat id', query: RENAME, vars: () => ({ c: fakeId(), t: 'Nowhere' }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
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
  ...badIds.map((id): InputCase => ({
    name: `addMembers: chatId "${id}"`,
    query: ADD,
    vars: (w) => ({ c: id, u: [w.c.userId] }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),

  // removeMember
  ...badIds.map((id): InputCase => ({
    name: `removeMember: userId "${id}"`,
    query: REMOVE,
    vars: (w) => ({ c: w.group, u: id }),
    code: 'BAD_USER_INPUT',
    field: 'userId',
  })),
  { name: 'removeMember: oneself', query: REMOVE, vars: (w) => ({ c: w.group, u: w.a.userId }), code: 'BAD_USER_INPUT', field: 'userId', says: 'leaveChat' },
  { name: 'removeMember: a user who is not a member', query: REMOVE, vars: (w) => ({ c: w.group, u: w.c.userId }), code: 'BAD_USER_INPUT', field: 'userId' },
  { name: 'removeMember: unknown chat id', query: REMOVE, vars: (w) => ({ c: fakeId(), u: w.b.userId }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({
    name: `removeMember: chatId "${id}"`,
    query: REMOVE,
    vars: (w) => ({ c: id, u: w.b.userId }),
    code: 'BAD_USER_INPUT',
    field: 'chatId',
  })),

  // leaveChat
  { name: 'leaveChat: a direct chat', query: LEAVE, vars: (w) => ({ c: w.direct }), code: 'BAD_USER_INPUT', field: 'chatId' },
  { name: 'leaveChat: unknown chat id', query: LEAVE, vars: () => ({ c: fakeId() }), code: 'NOT_FOUND' },
  ...badIds.map((id): InputCase => ({ name: `leaveChat: chatId "${id}"`, query: LEAVE, vars: () => ({ c: id }), code: 'BAD_USER_INPUT', field: 'chatId' })),
];

describe('messaging input: making and changing chats refuses every bad argument with a clear code, and stores nothing', () => {
  const t = inputFixture();

  it.each(CASES)('$name → $code', (c) => t.refuses(c));

  it('the limits are where they say: 100-character titles', async () => {
    const { stack, w } = t;
    const title = 'T'.repeat(100);
    expect((await asOk(stack, w.a, RENAME, { c: w.group, t: `  ${title}  ` })).renameGroup.title).toBe(title);
  });
});
