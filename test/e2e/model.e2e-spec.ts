import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createGroup,
  DELETE_MESSAGE,
  EDIT_MESSAGE,
  graphql,
  login,
  MARK_READ,
  SEND_MESSAGE,
  Stack,
  TOGGLE_REACTION,
  waitUntil,
  wsClient,
  type Operation,
  type ResultOf,
  type Session,
} from '#testing';

/**
 * A model-based test: three members of a group chat do random things (send, edit and delete
 * their own messages, toggle reactions, mark as read, drop and reopen their socket). Each keeps
 * a view of the chat the way a client does: from its subscriptions, and after a reconnect from
 * one page of history. When the dust settles, every view must equal the stored, ordered log.
 */

// Their own selection, spread by the documents below: each view is compared whole with the stored
// log, so it holds what the subscriptions keep up to date; MessageFields also has seenBy, which a
// read changes without a messageUpdated event.
graphql(`
  fragment ModelMessage on Message {
    id
    seq
    text
    deleted
    editedAt
    reactions {
      emoji
      count
    }
  }
`);
const NEW_MESSAGES = graphql(`
  subscription ModelNewMessage($chatId: ID) {
    newMessage(chatId: $chatId) {
      ...ModelMessage
    }
  }
`);
const MESSAGE_UPDATES = graphql(`
  subscription ModelMessageUpdated($chatId: ID) {
    messageUpdated(chatId: $chatId) {
      ...ModelMessage
    }
  }
`);
const REACTION_EVENTS = graphql(`
  subscription ModelReactions($chatId: ID) {
    reactions(chatId: $chatId) {
      messageId
      reactions {
        emoji
        count
      }
    }
  }
`);
const HISTORY = graphql(`
  query ModelMessages($chatId: ID!) {
    messages(chatId: $chatId, limit: 100) {
      messages {
        ...ModelMessage
      }
    }
  }
`);
/** A message as a view holds it. */
type Msg = ResultOf<typeof HISTORY>['messages']['messages'][number];
const EMOJIS = ['👍', '❤️', '😂'];

/** What a client shows: its messages by seq. */
class ClientView {
  readonly bySeq = new Map<number, Msg>();
  private client?: Client;
  private stops: Array<() => void> = [];
  errors: unknown[] = [];

  constructor(
    private readonly stack: Stack,
    readonly who: Session,
    private readonly chatId: string,
  ) {}

  private put(m: Msg) {
    this.bySeq.set(m.seq, { ...m, reactions: [...m.reactions].sort((x, y) => x.emoji.localeCompare(y.emoji)) });
  }

  /** Opens the socket and its subscriptions, then catches up from history (the web app's order). */
  async connect(): Promise<void> {
    this.client = wsClient(this.stack.gatewayUrl, this.who.accessToken);
    const sub = <T>(query: Operation<T, { chatId: string }>, on: (data: T) => void) =>
      this.stops.push(
        this.client!.subscribe<T>(
          { query: String(query), variables: { chatId: this.chatId } },
          { next: (r) => (r.data ? on(r.data) : this.errors.push(r.errors)), error: (e) => this.errors.push(e), complete: () => undefined },
        ),
      );
    sub(NEW_MESSAGES, (d) => this.put(d.newMessage));
    sub(MESSAGE_UPDATES, (d) => this.put(d.messageUpdated));
    sub(REACTION_EVENTS, (d) => {
      const m = [...this.bySeq.values()].find((x) => x.id === d.reactions.messageId);
      if (m) this.put({ ...m, reactions: d.reactions.reactions });
    });
    // Let the subscriptions start, then read what was missed.
    await new Promise((r) => setTimeout(r, 150));
    const page = await as(this.stack, this.who, HISTORY, { chatId: this.chatId });
    for (const m of page.data?.messages.messages ?? []) this.put(m);
  }

  async disconnect(): Promise<void> {
    for (const stop of this.stops) stop();
    this.stops = [];
    await this.client?.dispose();
    this.client = undefined;
  }

  snapshot(): Msg[] {
    return [...this.bySeq.values()].sort((x, y) => x.seq - y.seq);
  }
}

type Op =
  | { kind: 'send'; who: number; text: string }
  | { kind: 'edit'; who: number; pick: number; text: string }
  | { kind: 'delete'; who: number; pick: number }
  | { kind: 'react'; who: number; pick: number; emoji: string }
  | { kind: 'read'; who: number }
  | { kind: 'reconnect'; who: number };

const who = fc.integer({ min: 0, max: 2 });
const pick = fc.nat({ max: 1000 });
const printable = (s: string) => [...s].every((ch) => ch.charCodeAt(0) >= 32 && ch.charCodeAt(0) !== 127);
const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0 && printable(s));
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('send' as const), who, text }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('edit' as const), who, pick, text }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), who, pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('react' as const), who, pick, emoji: fc.constantFrom(...EMOJIS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('read' as const), who }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reconnect' as const), who }) },
);

describe('model: three clients, random operations, every view ends equal to the stored log', () => {
  let stack: Stack;
  let people: Session[];

  beforeAll(async () => {
    stack = await Stack.start({ env: { RATE_LIMIT_USER_PER_MINUTE: '100000', GRAPHQL_COST_PER_MINUTE_USER: '100000000' } });
    people = await Promise.all([login(stack), login(stack), login(stack)]);
  });
  afterAll(async () => stack?.stop());

  it('holds for random runs of sends, edits, deletions, reactions, reads and reconnects', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 15, maxLength: 40 }), async (ops) => {
        const [a, b, c] = people;
        const chatId = (await createGroup(stack, a, `model ${randomUUID().slice(0, 8)}`, [b.userId, c.userId])).id;
        const views = people.map((p) => new ClientView(stack, p, chatId));
        await Promise.all(views.map((v) => v.connect()));
        const own: Array<Array<{ id: string }>> = [[], [], []];
        const all: Array<{ id: string }> = [];
        try {
          for (const o of ops) {
            const me = people[o.who];
            if (o.kind === 'send') {
              const r = await as(stack, me, SEND_MESSAGE, { input: { chatId, clientId: randomUUID(), text: o.text } });
              expect(r.errors).toBeUndefined();
              own[o.who].push(r.data!.sendMessage);
              all.push(r.data!.sendMessage);
            } else if (o.kind === 'edit' && own[o.who].length) {
              const m = own[o.who][o.pick % own[o.who].length];
              const r = await as(stack, me, EDIT_MESSAGE, { id: m.id, text: o.text });
              // Editing a deleted message is refused; anything else must work.
              if (r.errors) expect(r.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
            } else if (o.kind === 'delete' && own[o.who].length) {
              const m = own[o.who][o.pick % own[o.who].length];
              const r = await as(stack, me, DELETE_MESSAGE, { id: m.id });
              if (r.errors) expect(r.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
            } else if (o.kind === 'react' && all.length) {
              const m = all[o.pick % all.length];
              const r = await as(stack, me, TOGGLE_REACTION, { messageId: m.id, emoji: o.emoji });
              if (r.errors) expect(r.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
            } else if (o.kind === 'read') {
              const last = views[o.who].snapshot().at(-1);
              if (last) expect((await as(stack, me, MARK_READ, { chatId, seq: last.seq })).errors).toBeUndefined();
            } else if (o.kind === 'reconnect') {
              await views[o.who].disconnect();
              await views[o.who].connect();
            }
          }
          for (const [i, v] of views.entries()) {
            const stored = async () =>
              (await as(stack, people[i], HISTORY, { chatId })).data!.messages.messages.map((m) => ({
                ...m,
                reactions: [...m.reactions].sort((x, y) => x.emoji.localeCompare(y.emoji)),
              }));
            await waitUntil(
              async () => JSON.stringify(v.snapshot()) === JSON.stringify(await stored()) || null,
              `the view of member ${i} to equal the stored log`,
              10_000,
              200,
            ).catch(async (err: unknown) => {
              expect(v.snapshot()).toEqual(await stored());
              throw err;
            });
            expect(v.errors).toEqual([]);
          }
        } finally {
          await Promise.all(views.map((v) => v.disconnect()));
        }
      }),
      { numRuns: 8, endOnFailure: true },
    );
  }, 300_000);
});
