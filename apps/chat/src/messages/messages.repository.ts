import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, mongo } from 'mongoose';

type Collection<T extends mongo.Document> = mongo.Collection<T>;
import { escapeRegex } from '#common';
import { messageIdOf } from '../chats/chat-state.js';
import { oid } from '../chats/chats.repository.js';
import { MessageDoc, type EditEntry, type ForwardSnapshot, type MessageTypeValue, type ReactionEntry, type ReplySnapshot } from './message.schema.js';

export interface StoredMessage {
  id: string;
  chatId: string;
  seq: number;
  senderId: string;
  clientId: string;
  type: MessageTypeValue;
  text?: string;
  attachmentIds: string[];
  replyTo?: ReplySnapshot & { deleted?: boolean };
  forwardedFrom?: ForwardSnapshot;
  reactions: ReactionEntry[];
  editedAt?: Date;
  edits: EditEntry[];
  deletedAt?: Date;
  hiddenFor: string[];
  createdAt: Date;
}

export const toStored = (d: MessageDoc): StoredMessage => ({
  id: d._id.toHexString(),
  chatId: d.chatId,
  seq: d.seq,
  senderId: d.senderId,
  clientId: d.clientId,
  type: d.type,
  text: d.text ?? undefined,
  attachmentIds: d.attachmentIds ?? [],
  replyTo: d.replyTo,
  forwardedFrom: d.forwardedFrom,
  reactions: d.reactions ?? [],
  editedAt: d.editedAt,
  edits: d.edits ?? [],
  deletedAt: d.deletedAt,
  hiddenFor: d.hiddenFor ?? [],
  createdAt: d.createdAt,
});

/** A stored message as JSON (the recent-message cache), and back. */
export const cachedForm = (m: StoredMessage): string => JSON.stringify(m);
export function fromCachedForm(json: string): StoredMessage {
  const m = JSON.parse(json) as StoredMessage & { createdAt: string; editedAt?: string; deletedAt?: string };
  return {
    ...m,
    createdAt: new Date(m.createdAt),
    editedAt: m.editedAt ? new Date(m.editedAt) : undefined,
    deletedAt: m.deletedAt ? new Date(m.deletedAt) : undefined,
    edits: m.edits.map((e) => ({ text: e.text, editedAt: new Date(e.editedAt) })),
  };
}

/**
 * The messages collection. Message ids are derived from (chatId, seq) (`messageIdOf`), so every
 * hot path reads and writes by `_id`; only search, the attachment collector and the
 * duplicate-clientId fallback filter on other fields.
 */
@Injectable()
export class MessagesRepository {
  constructor(@InjectModel(MessageDoc.name) private readonly messages: Model<MessageDoc>) {}

  /** The driver's collection (no Mongoose casting on the hot paths; the documents are built here). */
  private get col(): Collection<MessageDoc> {
    return this.messages.collection as unknown as Collection<MessageDoc>;
  }

  /** Inserts; a taken `_id` (the seq) or (senderId, clientId) throws the duplicate-key error. */
  async insert(m: Omit<StoredMessage, 'reactions' | 'edits' | 'hiddenFor'>): Promise<void> {
    const { id, ...fields } = m;
    const doc = { ...fields, _id: oid(id), reactions: [], edits: [], hiddenFor: [] } as MessageDoc;
    // The driver would store undefined as null; absent fields stay absent.
    for (const k of Object.keys(doc) as Array<keyof MessageDoc>) if (doc[k] === undefined) delete doc[k];
    await this.col.insertOne(doc);
  }

  async byId(id: string): Promise<StoredMessage | null> {
    const d = await this.col.findOne({ _id: oid(id) });
    return d ? toStored(d) : null;
  }

  /**
   * Many messages by id, one `_id` lookup each, in parallel: on FerretDB's SQLite backend a
   * `$in` reads the whole collection, lookups by `_id` do not. Missing ids are left out.
   */
  async byIds(ids: string[]): Promise<StoredMessage[]> {
    const found = await Promise.all([...new Set(ids)].map((id) => this.byId(id)));
    return found.filter((m): m is StoredMessage => m !== null);
  }

  /**
   * Messages of a chat by seq: by their derived `_id`, except seqs up to `legacyThroughSeq`
   * (stored before ids were derived), which one `(chatId, seq)` query finds.
   */
  async bySeqs(chatId: string, seqs: number[], legacyThroughSeq = 0): Promise<StoredMessage[]> {
    const legacy = seqs.filter((s) => s <= legacyThroughSeq);
    const [derived, old] = await Promise.all([
      this.byIds(seqs.filter((s) => s > legacyThroughSeq).map((s) => messageIdOf(chatId, s))),
      legacy.length ? this.col.find({ chatId, seq: { $in: legacy } }).toArray() : Promise.resolve([]),
    ]);
    return [...derived, ...old.map((d) => toStored(d))];
  }

  /** The duplicate-clientId fallback (the idempotency cache lost the key): a filter, so rare. */
  async bySenderClientId(senderId: string, clientId: string): Promise<StoredMessage | null> {
    const d = await this.messages.findOne({ senderId, clientId }).lean<MessageDoc>();
    return d ? toStored(d) : null;
  }

  async edit(id: string, text: string, previous: EditEntry, at: Date): Promise<void> {
    await this.col.updateOne({ _id: oid(id) }, { $set: { text, editedAt: at }, $push: { edits: previous } });
  }

  /** Deleting for everyone leaves a tombstone that keeps seq; replies quoting it learn so when read. */
  async tombstone(id: string, at: Date): Promise<void> {
    await this.col.updateOne({ _id: oid(id) }, { $set: { deletedAt: at, attachmentIds: [], edits: [], reactions: [] }, $unset: { text: '' } });
  }

  /** The ids among `attachmentIds` that some message (a forwarded copy, another send) still shows. */
  async attachmentsShown(attachmentIds: string[]): Promise<Set<string>> {
    if (!attachmentIds.length) return new Set();
    const shown = await this.messages.distinct('attachmentIds', { attachmentIds: { $in: attachmentIds } });
    const wanted = new Set(attachmentIds);
    return new Set(shown.map(String).filter((id) => wanted.has(id)));
  }

  async hideFor(id: string, userId: string): Promise<void> {
    await this.col.updateOne({ _id: oid(id) }, { $addToSet: { hiddenFor: userId } });
  }

  async addReaction(id: string, entry: ReactionEntry): Promise<void> {
    await this.col.updateOne({ _id: oid(id) }, { $push: { reactions: entry } });
  }

  async removeReaction(id: string, entry: ReactionEntry): Promise<void> {
    await this.col.updateOne({ _id: oid(id) }, { $pull: { reactions: entry } });
  }

  /**
   * Case-insensitive text search over the given chats, newest first, excluding deleted and
   * hidden messages. The term is escaped: it matches literally.
   */
  async search(
    chatIds: string[],
    viewerId: string,
    term: string,
    first: number,
    after?: { at: Date; id: string },
  ): Promise<{ messages: StoredMessage[]; more: boolean }> {
    if (!chatIds.length) return { messages: [], more: false };
    const filter: Record<string, unknown> = {
      chatId: { $in: chatIds },
      deletedAt: { $exists: false },
      hiddenFor: { $ne: viewerId },
      type: { $ne: 'system' },
      text: { $regex: escapeRegex(term), $options: 'i' },
    };
    if (after) filter.$or = [{ createdAt: { $lt: after.at } }, { createdAt: after.at, _id: { $lt: oid(after.id) } }];
    const docs = await this.messages
      .find(filter)
      .sort({ createdAt: -1, _id: -1 })
      .limit(first + 1)
      .lean<MessageDoc[]>();
    return { messages: docs.slice(0, first).map(toStored), more: docs.length > first };
  }
}
