import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { EventsPublisher, InjectRedis } from '#common';
import type { UserEvent } from '#contracts';
import { CHAT_CONFIG, type ChatConfig } from '../config/chat.config.js';
import { cachedForm, fromCachedForm, MessagesRepository, type StoredMessage } from '../messages/messages.repository.js';
import { ChatLock, type Held } from './chat-lock.js';
import { messageIdOf, type ChatState } from './chat-state.js';
import { ChatsRepository, type ChatChange } from './chats.repository.js';

const stateKey = (chatId: string) => `parley:chat:${chatId}`;
const windowKey = (chatId: string) => `parley:chat-window:${chatId}`;
const inboxKey = (userId: string) => `parley:inbox:${userId}`;
/** Marks a seq of the window that has no message (a gap left by an older version). */
const NONE = '-';

/** What a write of one chat works with, under the chat's lock. */
export interface ChatTx {
  /** The chat as stored now; null when there is no such chat. */
  state: ChatState | null;
  /** The values of the extra keys asked for (e.g. the idempotency key of a send). */
  readonly extra: ReadonlyArray<string | null>;
  /** Reads the chat again from the database (the cache was behind it) and drops its cached messages. */
  reload(): Promise<void>;
  /** Creates the chat (a new one: `state` is null). */
  create(state: ChatState): Promise<void>;
  /**
   * Writes a change of the chat document, with whatever sends it has not heard of yet, and makes
   * `next` the cached state.
   */
  save(next: ChatState, change: ChatChange): Promise<void>;
  /** Makes `next` the cached state without writing the chat document (a send between two writes of it). */
  keep(next: ChatState): void;
  /** Messages of this chat by seq, from the window or the database. */
  messages(seqs: number[]): Promise<Map<number, StoredMessage>>;
  /** Runs a database write of messages (refused when the lease or the deadline is gone). */
  write<T>(op: () => Promise<T>): Promise<T>;
  /** Puts new or changed messages into the recent-message window. */
  cacheMessages(...messages: StoredMessage[]): void;
  /** Records seqs of the window that have no message, so they are not looked up again. */
  cacheGaps(seqs: number[]): void;
  /** An extra key written with the release (e.g. the idempotency key of a send). */
  stageSet(key: string, value: string, ttlSeconds: number): void;
  /** Publishes an event once the write is complete, cache included (so a reader it prompts sees the write). */
  publish(userIds: Iterable<string>, event: UserEvent): void;
}

/**
 * Every chat's state, with Redis as a cache in front of the database that every chat replica
 * shares: the chat document (`parley:chat:<id>`), its newest messages (`parley:chat-window:<id>`,
 * a hash seq → message) and each user's chat ids (`parley:inbox:<id>`). Only the holder of a
 * chat's lock writes its keys, after the database, atomically with the release; readers never
 * fill them, they ask a lock holder to (a miss costs one lock and the reads by `_id`). So reads
 * see what the last completed write left, on any replica.
 */
@Injectable()
export class ChatStore {
  private readonly ttl: number;
  private readonly windowSize: number;

  constructor(
    private readonly lock: ChatLock,
    readonly chats: ChatsRepository,
    readonly messagesRepo: MessagesRepository,
    readonly events: EventsPublisher,
    @InjectRedis() readonly redis: Redis,
    @Inject(CHAT_CONFIG) config: ChatConfig,
  ) {
    this.ttl = config.CHAT_CACHE_TTL_SECONDS;
    this.windowSize = config.CHAT_CACHE_WINDOW;
  }

  /** The chat's state (null: no such chat). */
  async read(chatId: string): Promise<ChatState | null> {
    const cached = await this.redis.get(stateKey(chatId));
    if (cached) return JSON.parse(cached) as ChatState;
    return this.write(chatId, (tx) => Promise.resolve(tx.state));
  }

  /** The states of many chats; chats that do not exist are left out. */
  async readMany(chatIds: string[]): Promise<Map<string, ChatState>> {
    const out = new Map<string, ChatState>();
    if (!chatIds.length) return out;
    const cached = await this.redis.mget(chatIds.map(stateKey));
    const missing: string[] = [];
    cached.forEach((json, i) => (json ? out.set(chatIds[i], JSON.parse(json) as ChatState) : missing.push(chatIds[i])));
    const loaded = await Promise.all(missing.map((id) => this.read(id)));
    for (const s of loaded) if (s) out.set(s.id, s);
    return out;
  }

  /** The chat's state and the messages of `seqs` (window first, then the database by `_id`), in one round trip when cached. */
  async readMessages(chatId: string, seqs: (state: ChatState) => number[]): Promise<{ state: ChatState; messages: Map<number, StoredMessage> } | null> {
    const [[, stateJson], [, window]] = (await this.redis.multi().get(stateKey(chatId)).hgetall(windowKey(chatId)).exec()) as [
      [unknown, string | null],
      [unknown, Record<string, string>],
    ];
    const state = stateJson ? (JSON.parse(stateJson) as ChatState) : await this.read(chatId);
    if (!state) return null;
    const wanted = seqs(state);
    return {
      state,
      messages: await this.complete(
        state,
        wanted,
        wanted.map((seq) => window[String(seq)] ?? null),
      ),
    };
  }

  /** Messages of `seqs` of a chat whose state the caller has. */
  async messagesOf(state: ChatState, seqs: number[]): Promise<Map<number, StoredMessage>> {
    if (!seqs.length) return new Map();
    return this.complete(state, seqs, await this.redis.hmget(windowKey(state.id), ...seqs.map(String)));
  }

  /** The newest message of each chat (chats without messages are left out). */
  async newest(states: ChatState[]): Promise<Map<string, StoredMessage>> {
    const withMessages = states.filter((s) => s.lastSeq > 0);
    const out = new Map<string, StoredMessage>();
    if (!withMessages.length) return out;
    const pipe = this.redis.pipeline();
    for (const s of withMessages) pipe.hget(windowKey(s.id), String(s.lastSeq));
    const replies = ((await pipe.exec()) ?? []) as Array<[unknown, string | null]>;
    await Promise.all(
      withMessages.map(async (s, i) => {
        const m = (await this.complete(s, [s.lastSeq], [replies[i]?.[1] ?? null])).get(s.lastSeq);
        if (m) out.set(s.id, m);
      }),
    );
    return out;
  }

  /** Parses what the window had for `seqs` and gets the rest: recent ones into the window, older ones by `_id`. */
  private async complete(state: ChatState, seqs: number[], cached: Array<string | null>): Promise<Map<number, StoredMessage>> {
    const messages = new Map<number, StoredMessage>();
    const missing: number[] = [];
    seqs.forEach((seq, i) => {
      const json = cached[i];
      if (json === NONE) return;
      if (json) messages.set(seq, fromCachedForm(json));
      else missing.push(seq);
    });
    if (!missing.length) return messages;
    const recent = missing.filter((s) => this.inWindow(state, s));
    const loaded = recent.length ? await this.fillWindow(state.id, recent) : new Map<number, StoredMessage>();
    const older = missing.filter((s) => !this.inWindow(state, s));
    for (const m of await this.messagesRepo.bySeqs(state.id, older, state.legacyThroughSeq)) loaded.set(m.seq, m);
    for (const [seq, m] of loaded) messages.set(seq, m);
    return messages;
  }

  /** Runs `work` under the chat's lock with its current state. `extra` keys are read with the lease. */
  write<T>(chatId: string, work: (tx: ChatTx) => Promise<T>, extra: string[] = []): Promise<T> {
    return this.lock.run(chatId, async (held) => work(await this.tx(chatId, held)), [stateKey(chatId), ...extra]);
  }

  /** A direct chat of this pair made before direct chat ids were derived from the pair (a filter: only on a conflict). */
  async legacyDirect(directKey: string): Promise<ChatState | null> {
    const legacy = await this.chats.byDirectKey(directKey);
    return legacy ? this.read(legacy.id) : null;
  }

  /** The user's chat ids: a superset of the chats they are in (see InboxDoc); callers check membership. */
  async inbox(userId: string): Promise<string[]> {
    const cached = await this.redis.get(inboxKey(userId));
    if (cached) return JSON.parse(cached) as string[];
    const chatIds = await this.chats.inbox(userId);
    // NX: a writer that changed the inbox meanwhile has already put the newer list here.
    await this.redis.set(inboxKey(userId), JSON.stringify(chatIds), 'EX', this.ttl, 'NX');
    return chatIds;
  }

  /** Adds a chat to users' inboxes (before they join it). */
  addToInboxes(userIds: string[], chatId: string): Promise<void> {
    return this.eachInbox(userIds, async (userId, held) => {
      held.beforeWrite();
      await this.chats.addToInbox(userId, chatId);
      const ids = await this.chats.inbox(userId);
      held.stage({ op: 'set', key: inboxKey(userId), value: JSON.stringify(ids), ttlSeconds: this.ttl });
    });
  }

  /** Removes a chat from a user's inbox (after they left it). */
  removeFromInbox(userId: string, chatId: string): Promise<void> {
    return this.eachInbox([userId], async (u, held) => {
      held.beforeWrite();
      await this.chats.removeFromInbox(u, chatId);
      held.stage({ op: 'set', key: inboxKey(u), value: JSON.stringify(await this.chats.inbox(u)), ttlSeconds: this.ttl });
    });
  }

  private async eachInbox(userIds: string[], work: (userId: string, held: Held) => Promise<void>): Promise<void> {
    // A few at a time: a group of a thousand people is a thousand inboxes.
    const queue = [...new Set(userIds)];
    const worker = async () => {
      for (let u = queue.shift(); u; u = queue.shift()) {
        const userId = u;
        await this.lock.run(`inbox:${userId}`, (held) => {
          held.invalidateOnFailure(inboxKey(userId));
          return work(userId, held);
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(16, queue.length) }, worker));
  }

  inWindow(state: ChatState, seq: number): boolean {
    return seq > state.lastSeq - this.windowSize && seq <= state.lastSeq;
  }

  /** Loads recent messages into the window, under the chat's lock; returns those of `seqs`. */
  private fillWindow(chatId: string, seqs: number[]): Promise<Map<number, StoredMessage>> {
    return this.write(chatId, async (tx) => {
      const found = await tx.messages(seqs);
      const state = tx.state;
      if (state) {
        tx.cacheMessages(...[...found.values()].filter((m) => this.inWindow(state, m.seq)));
        tx.cacheGaps(seqs.filter((seq) => !found.has(seq) && this.inWindow(state, seq)));
      }
      return found;
    });
  }

  private async tx(chatId: string, held: Held): Promise<ChatTx> {
    held.invalidateOnFailure(stateKey(chatId), windowKey(chatId));
    const cachedJson = held.values[0];
    if (cachedJson && !held.wasDirty) return new LockedChat(this, chatId, held, JSON.parse(cachedJson) as ChatState);
    const tx = new LockedChat(this, chatId, held, null);
    // Without a cached state (or after a holder died mid-write) the database is read again.
    if (held.wasDirty) held.stage({ op: 'del', key: windowKey(chatId) });
    await tx.reload();
    return tx;
  }

  /** Where a locked write's staged cache writes go; used by LockedChat. */
  cacheLayout(chatId: string) {
    return { stateKey: stateKey(chatId), windowKey: windowKey(chatId), ttl: this.ttl, windowSize: this.windowSize, none: NONE };
  }

  /**
   * Reads the chat from the database. Messages stored above its lastSeq (sends since the chat
   * document was last written, see MessageWriter, or a writer that stopped between the insert
   * and the chat update) are taken into it: lastSeq, the activity time and each sender's read
   * position follow from them, so seq never repeats and nothing of a send is lost.
   */
  async loadState(chatId: string, _held: Held): Promise<ChatState | null> {
    const state = await this.chats.byId(chatId);
    if (!state) return null;
    const persistedSeq = state.lastSeq;
    const readers = new Set<string>();
    for (;;) {
      const next = await this.messagesRepo.byId(messageIdOf(chatId, state.lastSeq + 1));
      if (!next) break;
      state.lastSeq = next.seq;
      state.lastActivityAt = next.createdAt.getTime();
      const sender = state.members[next.senderId];
      if (sender) {
        sender.lastReadSeq = next.seq;
        delete sender.hidden;
        readers.add(next.senderId);
      }
    }
    return state.lastSeq === persistedSeq ? state : { ...state, persistedSeq, unsavedReaders: [...readers] };
  }
}

/** A chat under its lock: what ChatStore.write hands its work. */
class LockedChat implements ChatTx {
  readonly extra: ReadonlyArray<string | null>;
  private readonly layout: ReturnType<ChatStore['cacheLayout']>;

  constructor(
    private readonly store: ChatStore,
    private readonly chatId: string,
    private readonly held: Held,
    public state: ChatState | null,
  ) {
    this.extra = held.values.slice(1);
    this.layout = store.cacheLayout(chatId);
  }

  async reload(): Promise<void> {
    this.held.stage({ op: 'del', key: this.layout.windowKey });
    this.state = await this.store.loadState(this.chatId, this.held);
    if (this.state) this.stageState(this.state);
  }

  async create(next: ChatState): Promise<void> {
    this.held.beforeWrite();
    await this.store.chats.insert(next);
    this.state = next;
    this.stageState(next);
  }

  async save(next: ChatState, change: ChatChange): Promise<void> {
    this.held.beforeWrite();
    await this.store.chats.update(this.chatId, withUnsaved(next, change));
    const { persistedSeq: _p, unsavedReaders: _u, ...saved } = next;
    this.state = saved;
    this.stageState(saved);
  }

  keep(next: ChatState): void {
    this.state = next;
    this.stageState(next);
  }

  async messages(seqs: number[]): Promise<Map<number, StoredMessage>> {
    const out = new Map<number, StoredMessage>();
    if (!seqs.length) return out;
    const window = await this.store.redis.hmget(this.layout.windowKey, ...seqs.map(String));
    const missing: number[] = [];
    window.forEach((json, i) => {
      if (json && json !== this.layout.none) out.set(seqs[i], fromCachedForm(json));
      else if (!json) missing.push(seqs[i]);
    });
    for (const m of await this.store.messagesRepo.bySeqs(this.chatId, missing, this.state?.legacyThroughSeq)) out.set(m.seq, m);
    return out;
  }

  async write<T>(op: () => Promise<T>): Promise<T> {
    this.held.beforeWrite();
    return op();
  }

  cacheMessages(...messages: StoredMessage[]): void {
    const s = this.state;
    if (!s) return;
    const { windowKey: key, ttl, windowSize } = this.layout;
    for (const m of messages) {
      if (this.store.inWindow(s, m.seq)) this.held.stage({ op: 'hset', key, field: String(m.seq), value: cachedForm(m), ttlSeconds: ttl });
      else this.held.stage({ op: 'hdel', key, field: String(m.seq) });
      // The window keeps the newest `windowSize` seqs.
      const evicted = m.seq - windowSize;
      if (evicted > 0) this.held.stage({ op: 'hdel', key, field: String(evicted) });
    }
  }

  cacheGaps(seqs: number[]): void {
    for (const seq of seqs)
      this.held.stage({ op: 'hset', key: this.layout.windowKey, field: String(seq), value: this.layout.none, ttlSeconds: this.layout.ttl });
  }

  stageSet(key: string, value: string, ttlSeconds: number): void {
    this.held.stage({ op: 'set', key, value, ttlSeconds });
  }

  publish(userIds: Iterable<string>, event: UserEvent): void {
    const to = [...userIds];
    this.held.afterCommit(() => this.store.events.publish(to, event));
  }

  private stageState(state: ChatState): void {
    this.held.stage({ op: 'set', key: this.layout.stateKey, value: JSON.stringify(state), ttlSeconds: this.layout.ttl });
  }
}

/**
 * A change of the chat document plus what cached sends changed since it was last written
 * (lastSeq, the activity time, the senders' read positions); the change's own paths win.
 */
function withUnsaved(next: ChatState, change: ChatChange): ChatChange {
  if (next.persistedSeq === undefined) return change;
  const touched = (u: string) => [...Object.keys(change.set ?? {}), ...(change.unset ?? [])].some((p) => p === `members.${u}` || p === 'members');
  const set: Record<string, unknown> = { lastSeq: next.lastSeq, lastActivityAt: new Date(next.lastActivityAt) };
  for (const u of next.unsavedReaders ?? []) {
    const m = next.members[u];
    if (!m || touched(u)) continue;
    set[`members.${u}.lastReadSeq`] = m.lastReadSeq;
    if (!m.hidden?.length && !(change.set && `members.${u}.hidden` in change.set))
      change = { ...change, unset: [...new Set([...(change.unset ?? []), `members.${u}.hidden`])] };
  }
  return { set: { ...set, ...change.set }, unset: change.unset };
}
