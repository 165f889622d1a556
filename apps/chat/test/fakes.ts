import { isDeepStrictEqual } from 'node:util';
import { parseConfig, type RpcClient } from '#common';
import { Subjects, type AttachmentDto, type UserDto, type UserEvent } from '#contracts';
import type { AttachmentsGc } from '../src/attachments/attachments-gc.js';
import type { AttachmentsRepository } from '../src/attachments/attachments.repository.js';
import { messageIdOf, type ChatState } from '../src/chats/chat-state.js';
import type { ChatStore, ChatTx } from '../src/chats/chat-store.js';
import { ChatViews } from '../src/chats/chat-views.js';
import { newId, type ChatChange } from '../src/chats/chats.repository.js';
import { ChatsService } from '../src/chats/chats.service.js';
import { chatConfigSpec } from '../src/config/chat.config.js';
import { UserDirectory } from '../src/directory/user-directory.js';
import { MessageWriter } from '../src/messages/message-writer.js';
import type { ReactionEntry } from '../src/messages/message.schema.js';
import { MessagesService } from '../src/messages/messages.service.js';
import type { MessagesRepository, StoredMessage } from '../src/messages/messages.repository.js';

// The chat service's adapters in memory, for unit tests of ChatsService and MessagesService:
// the chat store (cache, chat documents, inboxes, the per-chat lock), the messages collection,
// the user service over RPC, uploads and the attachment collector. The services, MessageWriter,
// ChatViews and UserDirectory are the real ones.

/** A unique-index refusal as the MongoDB driver reports it (see isDuplicateKey). */
const duplicateKey = (what: string) => Object.assign(new Error(`E11000 duplicate key: ${what}`), { code: 11000 });

/** A copy in the form the database and the cache keep: dates as milliseconds, no undefined fields. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, plain(v)]),
    );
  return value;
}

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The messages collection: rows by id, unique on `_id` (chat and seq) and on (senderId, clientId). */
export class FakeMessages implements Pick<
  MessagesRepository,
  | 'insert'
  | 'byId'
  | 'byIds'
  | 'bySeqs'
  | 'bySenderClientId'
  | 'edit'
  | 'tombstone'
  | 'hideFor'
  | 'addReaction'
  | 'removeReaction'
  | 'search'
  | 'attachmentsShown'
> {
  readonly rows = new Map<string, StoredMessage>();

  async insert(m: Omit<StoredMessage, 'reactions' | 'edits' | 'hiddenFor'>): Promise<void> {
    if (this.rows.has(m.id)) throw duplicateKey(`_id ${m.id}`);
    if ([...this.rows.values()].some((r) => r.senderId === m.senderId && r.clientId === m.clientId)) throw duplicateKey(`clientId ${m.clientId}`);
    this.rows.set(m.id, structuredClone({ ...m, reactions: [], edits: [], hiddenFor: [] }));
  }

  async byId(id: string): Promise<StoredMessage | null> {
    const m = this.rows.get(id);
    return m ? structuredClone(m) : null;
  }

  async byIds(ids: string[]): Promise<StoredMessage[]> {
    return [...new Set(ids)].flatMap((id) => (this.rows.has(id) ? [structuredClone(this.rows.get(id)!)] : []));
  }

  async bySeqs(chatId: string, seqs: number[]): Promise<StoredMessage[]> {
    return this.byIds(seqs.map((s) => messageIdOf(chatId, s)));
  }

  async bySenderClientId(senderId: string, clientId: string): Promise<StoredMessage | null> {
    const m = [...this.rows.values()].find((r) => r.senderId === senderId && r.clientId === clientId);
    return m ? structuredClone(m) : null;
  }

  async edit(id: string, text: string, previous: { text: string; editedAt: Date }, at: Date): Promise<void> {
    const m = this.rows.get(id);
    if (m) Object.assign(m, { text, editedAt: at, edits: [...m.edits, previous] });
  }

  async tombstone(id: string, at: Date): Promise<void> {
    const m = this.rows.get(id);
    if (!m) return;
    Object.assign(m, { deletedAt: at, attachmentIds: [], edits: [], reactions: [] });
    delete m.text;
  }

  async hideFor(id: string, userId: string): Promise<void> {
    const m = this.rows.get(id);
    if (m && !m.hiddenFor.includes(userId)) m.hiddenFor.push(userId);
  }

  async addReaction(id: string, entry: ReactionEntry): Promise<void> {
    this.rows.get(id)?.reactions.push({ ...entry });
  }

  async removeReaction(id: string, entry: ReactionEntry): Promise<void> {
    const m = this.rows.get(id);
    if (m) m.reactions = m.reactions.filter((r) => !(r.emoji === entry.emoji && r.userId === entry.userId));
  }

  async search(chatIds: string[], viewerId: string, term: string, first: number): Promise<{ messages: StoredMessage[]; more: boolean }> {
    const hits = [...this.rows.values()]
      .filter(
        (m) =>
          chatIds.includes(m.chatId) &&
          !m.deletedAt &&
          !m.hiddenFor.includes(viewerId) &&
          m.type !== 'system' &&
          m.text?.toLowerCase().includes(term.toLowerCase()),
      )
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    return { messages: hits.slice(0, first).map((m) => structuredClone(m)), more: hits.length > first };
  }

  async attachmentsShown(attachmentIds: string[]): Promise<Set<string>> {
    return new Set([...this.rows.values()].flatMap((m) => m.attachmentIds).filter((a) => attachmentIds.includes(a)));
  }

  /** The chat's messages in seq order. */
  of(chatId: string): StoredMessage[] {
    return [...this.rows.values()].filter((m) => m.chatId === chatId).sort((a, b) => a.seq - b.seq);
  }
}

export interface PublishedEvent {
  to: string[];
  event: UserEvent;
}

/**
 * The chat store without Redis: `states` is the cache every read and write starts from, `windows`
 * the cached messages of each chat (the real window without its size limit; reads take a message
 * from there before the database), `docs` the chat documents as the database has them, `keys`
 * what writes staged (the idempotency keys of sends). Writes of one chat queue as under the real
 * lock. A write's cache writes, staged keys and events count only once its work succeeds; when it
 * fails after a database write the chat's cache is dropped and read again from the documents and
 * messages, as the real store does.
 *
 * Each completed write is checked: the chat document must say what the cached state says (but for
 * what sends change, which the document takes later), and every message put into the cache must
 * equal the stored one. A service that changes one without the other fails its call.
 */
export class FakeChatStore implements Pick<
  ChatStore,
  'read' | 'readMany' | 'readMessages' | 'messagesOf' | 'newest' | 'write' | 'legacyDirect' | 'inbox' | 'addToInboxes' | 'removeFromInbox'
> {
  readonly states = new Map<string, ChatState>();
  readonly windows = new Map<string, Map<number, StoredMessage>>();
  readonly docs = new Map<string, ChatState>();
  readonly keys = new Map<string, string>();
  readonly inboxes = new Map<string, Set<string>>();
  readonly events: PublishedEvent[] = [];
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(readonly messages: FakeMessages) {}

  /** The events of one type published so far, with their recipients. */
  published<T extends UserEvent['type']>(type: T): Array<{ to: string[]; event: Extract<UserEvent, { type: T }> }> {
    return this.events.filter((e): e is { to: string[]; event: Extract<UserEvent, { type: T }> } => e.event.type === type);
  }

  async read(chatId: string): Promise<ChatState | null> {
    const cached = this.states.get(chatId);
    return cached ? json(cached) : this.write(chatId, async (tx) => tx.state);
  }

  async readMany(chatIds: string[]): Promise<Map<string, ChatState>> {
    const out = new Map<string, ChatState>();
    for (const id of chatIds) {
      const s = await this.read(id);
      if (s) out.set(id, s);
    }
    return out;
  }

  async readMessages(chatId: string, seqs: (state: ChatState) => number[]) {
    const state = await this.read(chatId);
    return state ? { state, messages: await this.messagesOf(state, seqs(state)) } : null;
  }

  async messagesOf(state: ChatState, seqs: number[]): Promise<Map<number, StoredMessage>> {
    return this.cachedOrStored(state.id, seqs);
  }

  /** Messages of a chat by seq: the cached ones, else the stored ones. */
  async cachedOrStored(chatId: string, seqs: number[]): Promise<Map<number, StoredMessage>> {
    const window = this.windows.get(chatId);
    const out = new Map<number, StoredMessage>();
    for (const seq of seqs) {
      const m = window?.get(seq);
      if (m) out.set(seq, structuredClone(m));
    }
    const missing = seqs.filter((seq) => !out.has(seq));
    for (const m of await this.messages.bySeqs(chatId, missing)) out.set(m.seq, m);
    return out;
  }

  async newest(states: ChatState[]): Promise<Map<string, StoredMessage>> {
    const out = new Map<string, StoredMessage>();
    for (const s of states) {
      const m = s.lastSeq ? (await this.cachedOrStored(s.id, [s.lastSeq])).get(s.lastSeq) : undefined;
      if (m) out.set(s.id, m);
    }
    return out;
  }

  write<T>(chatId: string, work: (tx: ChatTx) => Promise<T>, extra: string[] = []): Promise<T> {
    const turn = async () => {
      const cached = this.states.get(chatId);
      const tx = new FakeTx(
        this,
        chatId,
        cached ? json(cached) : null,
        extra.map((k) => this.keys.get(k) ?? null),
      );
      if (!cached) await tx.reload();
      try {
        const result = await work(tx);
        this.commit(tx);
        return result;
      } catch (err) {
        if (tx.wrote) {
          this.states.delete(chatId);
          this.windows.delete(chatId);
        }
        throw err;
      }
    };
    const next = (this.queues.get(chatId) ?? Promise.resolve()).then(turn, turn);
    this.queues.set(
      chatId,
      next.catch(() => undefined),
    );
    return next;
  }

  async legacyDirect(directKey: string): Promise<ChatState | null> {
    const doc = [...this.docs.values()].find((d) => d.directKey === directKey);
    return doc ? this.read(doc.id) : null;
  }

  async inbox(userId: string): Promise<string[]> {
    return [...(this.inboxes.get(userId) ?? [])];
  }

  async addToInboxes(userIds: string[], chatId: string): Promise<void> {
    for (const u of userIds) this.inboxes.set(u, (this.inboxes.get(u) ?? new Set()).add(chatId));
  }

  async removeFromInbox(userId: string, chatId: string): Promise<void> {
    this.inboxes.get(userId)?.delete(chatId);
  }

  /** The chat read from its document, with the sends stored since (as ChatStore.loadState). */
  load(chatId: string): ChatState | null {
    const doc = this.docs.get(chatId);
    if (!doc) return null;
    const state = json(doc);
    const persistedSeq = state.lastSeq;
    const readers = new Set<string>();
    for (;;) {
      const m = this.messages.rows.get(messageIdOf(chatId, state.lastSeq + 1));
      if (!m) break;
      state.lastSeq = m.seq;
      state.lastActivityAt = m.createdAt.getTime();
      const sender = state.members[m.senderId];
      if (sender) {
        sender.lastReadSeq = m.seq;
        delete sender.hidden;
        readers.add(m.senderId);
      }
    }
    return state.lastSeq === persistedSeq ? state : { ...state, persistedSeq, unsavedReaders: [...readers] };
  }

  insertDoc(state: ChatState): void {
    if (this.docs.has(state.id)) throw duplicateKey(`_id ${state.id}`);
    if ([...this.docs.values()].some((d) => d.directKey === state.directKey)) throw duplicateKey(`directKey ${state.directKey}`);
    this.docs.set(state.id, plain(state) as ChatState);
  }

  /** A `$set`/`$unset` of the document, with what unsaved sends changed first (the change's own paths win). */
  updateDoc(chatId: string, next: ChatState, change: ChatChange): void {
    const doc = this.docs.get(chatId) as Record<string, unknown> | undefined;
    if (!doc) return;
    if (next.persistedSeq !== undefined) {
      Object.assign(doc, { lastSeq: next.lastSeq, lastActivityAt: next.lastActivityAt });
      for (const u of next.unsavedReaders ?? []) {
        const to = (doc as unknown as ChatState).members[u];
        const from = next.members[u];
        if (!to || !from) continue;
        to.lastReadSeq = from.lastReadSeq;
        if (from.hidden?.length) to.hidden = [...from.hidden];
        else delete to.hidden;
      }
    }
    for (const [path, value] of Object.entries(change.set ?? {})) {
      const keys = path.split('.');
      let at = doc;
      for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Record<string, unknown>;
      at[keys[keys.length - 1]] = plain(value);
    }
    for (const path of change.unset ?? []) {
      const keys = path.split('.');
      let at: Record<string, unknown> | undefined = doc;
      for (const k of keys.slice(0, -1)) at = at?.[k] as Record<string, unknown> | undefined;
      if (at) delete at[keys[keys.length - 1]];
    }
  }

  private commit(tx: FakeTx): void {
    if (tx.cachedState) {
      this.requireSaved(tx.chatId, tx.cachedState);
      this.states.set(tx.chatId, json(tx.cachedState));
    }
    if (tx.windowDropped) this.windows.delete(tx.chatId);
    for (const m of tx.cachedMessages.values()) {
      const stored = this.messages.rows.get(m.id);
      if (!isDeepStrictEqual(plain(m), plain(stored)))
        throw new Error(`message ${m.id}: the cache would have ${JSON.stringify(plain(m))}, the database ${JSON.stringify(plain(stored))}`);
      if (!this.windows.has(tx.chatId)) this.windows.set(tx.chatId, new Map());
      this.windows.get(tx.chatId)!.set(m.seq, m);
    }
    for (const [k, v] of tx.stagedKeys) this.keys.set(k, v);
    this.events.push(...tx.published);
  }

  /** The document agrees with the cached state, but for what sends not yet written to it changed. */
  private requireSaved(chatId: string, state: ChatState): void {
    const { persistedSeq, unsavedReaders = [], ...cached } = plain(state) as ChatState;
    const doc = json(this.docs.get(chatId) ?? null);
    if (doc && persistedSeq !== undefined) {
      if (doc.lastSeq !== persistedSeq) throw new Error(`chat ${chatId}: the document has lastSeq ${doc.lastSeq}, the cache says ${persistedSeq}`);
      for (const s of [cached, doc] as Array<Partial<ChatState>>) {
        delete s.lastSeq;
        delete s.lastActivityAt;
        for (const u of unsavedReaders) {
          const m = s.members?.[u] as Partial<ChatState['members'][string]> | undefined;
          delete m?.lastReadSeq;
          delete m?.hidden;
        }
      }
    }
    if (!isDeepStrictEqual(cached, doc)) throw new Error(`chat ${chatId}: the cache would have ${JSON.stringify(cached)}, the document ${JSON.stringify(doc)}`);
  }
}

/** One write of one chat under the fake lock. */
class FakeTx implements ChatTx {
  /** What the cache holds after the write (set by create, save, keep and reload, as staged by the real store). */
  cachedState?: ChatState;
  readonly cachedMessages = new Map<string, StoredMessage>();
  windowDropped = false;
  readonly stagedKeys = new Map<string, string>();
  readonly published: PublishedEvent[] = [];
  wrote = false;

  constructor(
    private readonly store: FakeChatStore,
    readonly chatId: string,
    public state: ChatState | null,
    readonly extra: ReadonlyArray<string | null>,
  ) {}

  async reload(): Promise<void> {
    this.state = this.store.load(this.chatId);
    this.cachedState = this.state ?? undefined;
    this.windowDropped = true;
    this.cachedMessages.clear();
  }

  async create(next: ChatState): Promise<void> {
    this.wrote = true;
    this.store.insertDoc(next);
    this.keep(next);
  }

  async save(next: ChatState, change: ChatChange): Promise<void> {
    this.wrote = true;
    this.store.updateDoc(this.chatId, next, change);
    const { persistedSeq: _p, unsavedReaders: _u, ...saved } = next;
    this.keep(saved);
  }

  keep(next: ChatState): void {
    this.state = next;
    this.cachedState = next;
  }

  async messages(seqs: number[]): Promise<Map<number, StoredMessage>> {
    return this.store.cachedOrStored(this.chatId, seqs);
  }

  async write<T>(op: () => Promise<T>): Promise<T> {
    this.wrote = true;
    return op();
  }

  cacheMessages(...messages: StoredMessage[]): void {
    for (const m of messages) this.cachedMessages.set(m.id, structuredClone(m));
  }

  cacheGaps(): void {}

  stageSet(key: string, value: string): void {
    this.stagedKeys.set(key, value);
  }

  publish(userIds: Iterable<string>, event: UserEvent): void {
    this.published.push({ to: [...new Set(userIds)], event });
  }
}

/** The user service as UserDirectory asks it over RPC (users by id, all the chat services ask). */
export class FakeUserService {
  readonly users = new Map<string, UserDto>();

  /** Adds users named `names`; each one's id is its name in lower case. */
  add(...names: string[]): string[] {
    for (const name of names) {
      const id = name.toLowerCase();
      this.users.set(id, { id, name, email: `${id}@example.com`, createdAt: new Date(0).toISOString() });
    }
    return names.map((n) => n.toLowerCase());
  }

  async send(subject: string, request: { ids: string[] }): Promise<Array<UserDto | null>> {
    if (subject === Subjects.user.byIds) return request.ids.map((id) => this.users.get(id) ?? null);
    throw new Error(`unexpected request ${subject}`);
  }
}

/** Uploads by id (what MessagesService checks a send's attachments against). */
export class FakeAttachments implements Pick<AttachmentsRepository, 'byIds'> {
  readonly rows = new Map<string, AttachmentDto>();

  upload(ownerId: string): string {
    const id = newId();
    this.rows.set(id, {
      id,
      ownerId,
      storageKey: `${id}.webp`,
      thumbnailKey: `${id}-thumb.webp`,
      mimeType: 'image/webp',
      size: 1000,
      width: 10,
      height: 10,
      sha256: id,
      createdAt: new Date().toISOString(),
    });
    return id;
  }

  async byIds(ids: string[]): Promise<AttachmentDto[]> {
    return [...new Set(ids)].flatMap((id) => (this.rows.has(id) ? [structuredClone(this.rows.get(id)!)] : []));
  }
}

/** The attachment collector: records what was released to it. */
export class FakeAttachmentsGc implements Pick<AttachmentsGc, 'release'> {
  readonly released: string[][] = [];
  release(attachmentIds: string[]): void {
    if (attachmentIds.length) this.released.push([...attachmentIds]);
  }
}

/** ChatsService and MessagesService on the fakes above, and the fakes to arrange and inspect. */
export function chatServices(env: Record<string, string> = {}) {
  const config = parseConfig(chatConfigSpec, { NODE_ENV: 'development', ...env });
  const messages = new FakeMessages();
  const store = new FakeChatStore(messages);
  const userService = new FakeUserService();
  const attachments = new FakeAttachments();
  const gc = new FakeAttachmentsGc();
  const chatStore = store as unknown as ChatStore;
  const views = new ChatViews(chatStore);
  const writer = new MessageWriter(messages as unknown as MessagesRepository);
  const directory = new UserDirectory(userService as unknown as RpcClient);
  const chats = new ChatsService(chatStore, views, writer, directory, config);
  const messaging = new MessagesService(
    chats,
    chatStore,
    views,
    messages as unknown as MessagesRepository,
    writer,
    directory,
    attachments as unknown as AttachmentsRepository,
    gc as unknown as AttachmentsGc,
  );
  return { chats, messaging, store, messages, userService, attachments, gc };
}
