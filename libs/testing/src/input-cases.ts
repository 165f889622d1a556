import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import { as, asOk, login, type Session } from './accounts.js';
import { createDirect, createGroup, pageOf, send } from './chat-ops.js';
import { errorCode, unchecked, type AnyOperation, type Vars } from './graphql.js';
import { CHATS, DELETE_MESSAGE, TOGGLE_REACTION } from './operations.js';
import { Stack } from './stack.js';

/**
 * Bad input for every argument of the chat operations (test/e2e/messaging-input-*.e2e-spec.ts,
 * one file per operation family): each case is sent once, its answer carries a clear
 * `extensions.code` (and `extensions.field` where the service names one), and nothing is stored:
 * chat lists, lastSeq, read state and every message of the chats involved are unchanged afterwards.
 */

/** A valid ObjectId that names nothing. */
export const fakeId = () => randomBytes(12).toString('hex');
export const fakeIds = (n: number) => Array.from({ length: n }, fakeId);
/** Ids that are not ObjectIds at all. */
export const badIds = ['nope', '123'];

/** The users, chats and messages the cases point at. */
export interface InputWorld {
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

export interface InputCase {
  name: string;
  /** A shared document (operations.ts), or a plain string for what the schema itself refuses (and codegen would not accept). */
  query: AnyOperation;
  /** Untyped on purpose: the cases send wrong types and malformed ids that the documents' types would not let through. */
  vars: (w: InputWorld) => Vars;
  /** Who sends it: A unless said otherwise. */
  who?: 'a' | 'b';
  code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT';
  /** extensions.field, when the service names one. */
  field?: string;
  /** A part of the message. */
  says?: string;
}

async function buildWorld(stack: Stack): Promise<InputWorld> {
  const [a, b, c] = await Promise.all([login(stack), login(stack), login(stack)]);
  const group = await createGroup(stack, a, 'Input checks', [b.userId]);
  const direct = await createDirect(stack, a, b.userId);
  const other = await createGroup(stack, a, 'Elsewhere', [c.userId]);
  const msgA = await send(stack, a, group.id, 'hello from A');
  await send(stack, b, group.id, 'hello from B');
  const deleted = await send(stack, a, group.id, 'soon gone');
  await asOk(stack, a, DELETE_MESSAGE, { id: deleted.id, forEveryone: true });
  await asOk(stack, a, TOGGLE_REACTION, { messageId: msgA.id, emoji: '👍' });
  const otherMsg = await send(stack, c, other.id, 'hello from elsewhere');
  const system = (await pageOf(stack, a, group.id, { afterSeq: 0, limit: 1 })).messages[0];
  expect(system.type).toBe('SYSTEM');
  return { a, b, c, group: group.id, direct: direct.id, other: other.id, msgA: msgA.id, system: system.id, deleted: deleted.id, otherMsg: otherMsg.id };
}

/** A stack of its own with the world in it, for one file of cases; see `inputFixture`. */
export class InputFixture {
  stack!: Stack;
  w!: InputWorld;

  /** Everything stored that the cases could touch: the three users' chat lists (read state included) and all messages of the chats. */
  async state(): Promise<string> {
    const { stack, w } = this;
    return JSON.stringify(
      await Promise.all([
        ...[w.a, w.b, w.c].map((s) => asOk(stack, s, CHATS, { first: 100 })),
        ...[w.group, w.direct, w.other].map((id) => pageOf(stack, w.a, id, { limit: 100 })),
      ]),
    );
  }

  /** Sends the case and checks that it is refused as it says, with one error, no data, and nothing stored. */
  async refuses(c: InputCase): Promise<void> {
    const { stack, w } = this;
    const before = await this.state();
    const r = await as(stack, c.who === 'b' ? w.b : w.a, unchecked(c.query), c.vars(w));
    expect(errorCode(r), JSON.stringify(r.errors)).toBe(c.code);
    expect(r.errors).toHaveLength(1);
    expect(Object.values(r.data ?? {}).every((v) => v === null)).toBe(true);
    const [error] = r.errors!;
    if (c.field) expect(error.extensions?.field).toBe(c.field);
    if (c.says) expect(error.message).toContain(c.says);
    expect(error.message).not.toMatch(/internal error/i);
    expect(await this.state()).toBe(before);
  }
}

/**
 * Starts a stack and builds the world in `beforeAll` of the enclosing describe, and stops the
 * stack in its `afterAll`: `it.each(CASES)('$name → $code', (c) => t.refuses(c))`.
 */
export function inputFixture(): InputFixture {
  const t = new InputFixture();
  beforeAll(async () => {
    // Every case reads the whole state before and after: far more than a person reads in a minute.
    t.stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000', GRAPHQL_COST_PER_MINUTE_USER: '100000000' } });
    t.w = await buildWorld(t.stack);
  });
  afterAll(async () => {
    await t.stack?.stop();
  });
  return t;
}
