import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model, type mongo } from 'mongoose';
import { ChatDoc, InboxDoc } from './chat.schema.js';
import { stateOf, type ChatState } from './chat-state.js';

export const oid = (id: string) => new Types.ObjectId(id);
export const newId = () => new Types.ObjectId().toHexString();

/** A `$set` / `$unset` of one chat document; paths may be dotted (`members.<userId>.lastReadSeq`). */
export interface ChatChange {
  set?: Record<string, unknown>;
  unset?: string[];
}

const date = (n: number) => new Date(n);

/**
 * The chats and inboxes collections. Every command is addressed by `_id` (one exception:
 * `byDirectKey`, the fallback for direct chats made before their ids were derived).
 */
@Injectable()
export class ChatsRepository {
  constructor(
    @InjectModel(ChatDoc.name) private readonly chats: Model<ChatDoc>,
    @InjectModel(InboxDoc.name) private readonly inboxModel: Model<InboxDoc>,
  ) {}

  /** The driver's collection (no Mongoose casting: documents are built here). */
  private get inboxes(): mongo.Collection<InboxDoc> {
    return this.inboxModel.collection as unknown as mongo.Collection<InboxDoc>;
  }

  async byId(id: string): Promise<ChatState | null> {
    const d = await this.chats.collection.findOne({ _id: oid(id) });
    return d ? stateOf(d as unknown as ChatDoc) : null;
  }

  async byDirectKey(directKey: string): Promise<ChatState | null> {
    const d = await this.chats.collection.findOne({ directKey });
    return d ? stateOf(d as unknown as ChatDoc) : null;
  }

  /** Inserts a chat; a duplicate `_id` or directKey throws the unique-index error. */
  async insert(s: ChatState): Promise<void> {
    const members = Object.fromEntries(
      Object.entries(s.members).map(([u, m]) => [u, { role: m.role, joinedAt: date(m.joinedAt), lastReadSeq: m.lastReadSeq }]),
    );
    await this.chats.collection.insertOne({
      _id: oid(s.id),
      kind: s.kind,
      directKey: s.directKey,
      ...(s.history ? { history: s.history } : {}),
      ...(s.title !== undefined ? { title: s.title } : {}),
      lastSeq: s.lastSeq,
      lastActivityAt: date(s.lastActivityAt),
      createdAt: date(s.createdAt),
      members,
      former: {},
      deletedSeqs: [],
    });
  }

  async update(chatId: string, change: ChatChange): Promise<void> {
    const update: Record<string, unknown> = {};
    if (change.set && Object.keys(change.set).length) update.$set = change.set;
    if (change.unset?.length) update.$unset = Object.fromEntries(change.unset.map((p) => [p, '']));
    if (!Object.keys(update).length) return;
    await this.chats.collection.updateOne({ _id: oid(chatId) }, update);
  }

  // Inboxes: written under the user's inbox lock (FerretDB applies concurrent $addToSet non-atomically).

  async inbox(userId: string): Promise<string[]> {
    const d = await this.inboxes.findOne({ _id: userId });
    return d?.chatIds ?? [];
  }

  async addToInbox(userId: string, chatId: string): Promise<void> {
    await this.inboxes.updateOne({ _id: userId }, { $addToSet: { chatIds: chatId } }, { upsert: true });
  }

  async removeFromInbox(userId: string, chatId: string): Promise<void> {
    await this.inboxes.updateOne({ _id: userId }, { $pull: { chatIds: chatId } });
  }
}

/** The document form of a member entry (dates as dates), for `$set` of `members.<userId>`. */
export const memberDoc = (m: { role: string; joinedAt: number; lastReadSeq: number; hidden?: number[]; fromSeq?: number }) => ({
  role: m.role,
  joinedAt: date(m.joinedAt),
  lastReadSeq: m.lastReadSeq,
  ...(m.hidden?.length ? { hidden: m.hidden } : {}),
  ...(m.fromSeq ? { fromSeq: m.fromSeq } : {}),
});

export const formerDoc = (f: { role: string; joinedAt: number; leftAt: number; lastReadSeq: number }) => ({
  role: f.role,
  joinedAt: date(f.joinedAt),
  leftAt: date(f.leftAt),
  lastReadSeq: f.lastReadSeq,
});
