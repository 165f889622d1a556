import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { escapeRegex } from '@app/common';
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

const toStored = (d: MessageDoc): StoredMessage => ({
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

@Injectable()
export class MessagesRepository {
  constructor(@InjectModel(MessageDoc.name) private readonly messages: Model<MessageDoc>) {}

  async insert(m: Omit<StoredMessage, 'reactions' | 'edits' | 'hiddenFor'>): Promise<void> {
    await this.messages.create({ ...m, _id: oid(m.id), reactions: [], edits: [], hiddenFor: [] });
  }

  async byId(id: string): Promise<StoredMessage | null> {
    const d = await this.messages.findById(oid(id)).lean<MessageDoc>();
    return d ? toStored(d) : null;
  }

  async byIds(ids: string[]): Promise<StoredMessage[]> {
    if (!ids.length) return [];
    const docs = await this.messages.find({ _id: { $in: ids.map(oid) } }).lean<MessageDoc[]>();
    return docs.map(toStored);
  }

  async bySenderClientId(senderId: string, clientId: string): Promise<StoredMessage | null> {
    const d = await this.messages.findOne({ senderId, clientId }).lean<MessageDoc>();
    return d ? toStored(d) : null;
  }

  /** Up to `limit` messages visible to `viewerId`, ascending seq, before or after a seq (newest page when neither). */
  async page(
    chatId: string,
    viewerId: string,
    opts: { beforeSeq?: number; afterSeq?: number; limit: number },
  ): Promise<{ messages: StoredMessage[]; more: boolean }> {
    const filter: Record<string, unknown> = { chatId, hiddenFor: { $ne: viewerId } };
    let ascending = false;
    if (opts.afterSeq !== undefined) {
      filter.seq = { $gt: opts.afterSeq };
      ascending = true;
    } else if (opts.beforeSeq !== undefined) filter.seq = { $lt: opts.beforeSeq };
    const docs = await this.messages
      .find(filter)
      .sort({ seq: ascending ? 1 : -1 })
      .limit(opts.limit + 1)
      .lean<MessageDoc[]>();
    const more = docs.length > opts.limit;
    const page = docs.slice(0, opts.limit).map(toStored);
    if (!ascending) page.reverse();
    return { messages: page, more };
  }

  /** Is there a visible message of the chat beyond `seq` in that direction? */
  async exists(chatId: string, viewerId: string, seq: { $lt?: number; $gt?: number }): Promise<boolean> {
    const d = await this.messages.findOne({ chatId, hiddenFor: { $ne: viewerId }, seq }, { _id: 1 }).lean();
    return d !== null;
  }

  /** Messages from others after `seq`, not deleted and not hidden by the viewer: the unread count. */
  async countUnread(chatId: string, viewerId: string, afterSeq: number): Promise<number> {
    return this.messages.countDocuments({
      chatId,
      seq: { $gt: afterSeq },
      senderId: { $ne: viewerId },
      deletedAt: { $exists: false },
      hiddenFor: { $ne: viewerId },
    });
  }

  async edit(id: string, text: string, previous: EditEntry, at: Date): Promise<void> {
    await this.messages.updateOne({ _id: oid(id) }, { $set: { text, editedAt: at }, $push: { edits: previous } });
  }

  /** Deleting for everyone leaves a tombstone that keeps seq; replies that quote it are marked. */
  async tombstone(id: string, chatId: string, at: Date): Promise<void> {
    await this.messages.updateOne({ _id: oid(id) }, { $set: { deletedAt: at, attachmentIds: [], edits: [], reactions: [] }, $unset: { text: 1 } });
    await this.messages.updateMany({ chatId, 'replyTo.id': id }, { $set: { 'replyTo.deleted': true }, $unset: { 'replyTo.text': 1 } });
  }

  /** The ids among `attachmentIds` that some message (a forwarded copy, another send) still shows. */
  async attachmentsShown(attachmentIds: string[]): Promise<Set<string>> {
    if (!attachmentIds.length) return new Set();
    const shown = await this.messages.distinct('attachmentIds', { attachmentIds: { $in: attachmentIds } });
    const wanted = new Set(attachmentIds);
    return new Set(shown.map(String).filter((id) => wanted.has(id)));
  }

  async hideFor(id: string, userId: string): Promise<void> {
    await this.messages.updateOne({ _id: oid(id) }, { $addToSet: { hiddenFor: userId } });
  }

  async addReaction(id: string, entry: ReactionEntry): Promise<void> {
    await this.messages.updateOne({ _id: oid(id) }, { $push: { reactions: entry } });
  }

  async removeReaction(id: string, entry: ReactionEntry): Promise<void> {
    await this.messages.updateOne({ _id: oid(id) }, { $pull: { reactions: entry } });
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
