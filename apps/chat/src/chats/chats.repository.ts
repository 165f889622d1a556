import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import type { ChatKindValue, MemberRoleValue } from '@app/contracts';
import { ChatDoc, MembershipDoc } from './chat.schema.js';

export interface Chat {
  id: string;
  kind: ChatKindValue;
  directKey: string;
  title?: string;
  avatarId?: string;
  lastSeq: number;
  lastMessageId?: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface Membership {
  id: string;
  chatId: string;
  userId: string;
  role: MemberRoleValue;
  lastReadSeq: number;
  unreadCount: number;
  lastMessageAt: Date;
  joinedAt: Date;
  leftAt?: Date;
}

type LeanChat = ChatDoc;
type LeanMembership = MembershipDoc;

const toChat = (d: LeanChat): Chat => ({
  id: d._id.toHexString(),
  kind: d.kind,
  directKey: d.directKey,
  title: d.title,
  avatarId: d.avatarId,
  lastSeq: d.lastSeq,
  lastMessageId: d.lastMessageId,
  createdAt: d.createdAt,
  updatedAt: d.lastActivityAt ?? d.updatedAt,
});

const toMembership = (d: LeanMembership): Membership => ({
  id: d._id.toHexString(),
  chatId: d.chatId,
  userId: d.userId,
  role: d.role,
  lastReadSeq: d.lastReadSeq,
  unreadCount: d.unreadCount,
  lastMessageAt: d.lastMessageAt,
  joinedAt: d.joinedAt,
  leftAt: d.leftAt,
});

export const oid = (id: string) => new Types.ObjectId(id);
export const newId = () => new Types.ObjectId().toHexString();
const ACTIVE = { leftAt: { $exists: false } };

@Injectable()
export class ChatsRepository {
  constructor(
    @InjectModel(ChatDoc.name) private readonly chats: Model<ChatDoc>,
    @InjectModel(MembershipDoc.name) private readonly memberships: Model<MembershipDoc>,
  ) {}

  async byId(id: string): Promise<Chat | null> {
    const d = await this.chats.findById(oid(id)).lean<LeanChat>();
    return d ? toChat(d) : null;
  }

  async byIds(ids: string[]): Promise<Chat[]> {
    if (!ids.length) return [];
    const docs = await this.chats.find({ _id: { $in: ids.map(oid) } }).lean<LeanChat[]>();
    return docs.map(toChat);
  }

  async byDirectKey(directKey: string): Promise<Chat | null> {
    const d = await this.chats.findOne({ directKey }).lean<LeanChat>();
    return d ? toChat(d) : null;
  }

  /** Inserts a chat; a duplicate directKey throws the unique-index error. */
  async insert(c: { id: string; kind: ChatKindValue; directKey: string; title?: string; at: Date }): Promise<void> {
    await this.chats.create({ _id: oid(c.id), kind: c.kind, directKey: c.directKey, title: c.title, lastSeq: 0, lastActivityAt: c.at, createdAt: c.at });
  }

  async deleteChat(id: string): Promise<void> {
    await this.chats.deleteOne({ _id: oid(id) });
  }

  /** Takes the next seq (under the chat lock). */
  async takeSeq(chatId: string): Promise<number> {
    const d = await this.chats
      .findOneAndUpdate({ _id: oid(chatId) }, { $inc: { lastSeq: 1 } }, { returnDocument: 'after' })
      .lean<LeanChat>()
      .orFail();
    return d.lastSeq;
  }

  /** Points the chat at its newest stored message. */
  async setLastMessage(chatId: string, messageId: string, at: Date): Promise<void> {
    await this.chats.updateOne({ _id: oid(chatId) }, { $set: { lastMessageId: messageId, lastActivityAt: at } });
  }

  async rename(chatId: string, title: string, at: Date): Promise<void> {
    await this.chats.updateOne({ _id: oid(chatId) }, { $set: { title, lastActivityAt: at } });
  }

  // Memberships

  async insertMemberships(rows: Array<{ chatId: string; userId: string; role: MemberRoleValue; at: Date; lastReadSeq: number }>): Promise<void> {
    if (!rows.length) return;
    await this.memberships.insertMany(
      rows.map((r) => ({ chatId: r.chatId, userId: r.userId, role: r.role, lastReadSeq: r.lastReadSeq, unreadCount: 0, lastMessageAt: r.at, joinedAt: r.at })),
    );
  }

  /** Re-activates memberships of people who had left (the unique index keeps one row per pair). */
  async rejoin(chatId: string, userIds: string[], at: Date, lastReadSeq: number): Promise<void> {
    if (!userIds.length) return;
    await this.memberships.updateMany(
      { chatId, userId: { $in: userIds } },
      { $set: { role: 'member', joinedAt: at, lastMessageAt: at, lastReadSeq, unreadCount: 0 }, $unset: { leftAt: 1 } },
    );
  }

  async membership(chatId: string, userId: string): Promise<Membership | null> {
    const d = await this.memberships.findOne({ chatId, userId }).lean<LeanMembership>();
    return d ? toMembership(d) : null;
  }

  /** Current members of one chat. */
  async members(chatId: string): Promise<Membership[]> {
    const docs = await this.memberships
      .find({ chatId, ...ACTIVE })
      .sort({ joinedAt: 1, _id: 1 })
      .lean<LeanMembership[]>();
    return docs.map(toMembership);
  }

  /** Every membership row (current and past) of these users in one chat. */
  async rowsFor(chatId: string, userIds: string[]): Promise<Membership[]> {
    const docs = await this.memberships.find({ chatId, userId: { $in: userIds } }).lean<LeanMembership[]>();
    return docs.map(toMembership);
  }

  /** Current members of many chats, in one query. */
  async membersOf(chatIds: string[]): Promise<Membership[]> {
    if (!chatIds.length) return [];
    const docs = await this.memberships
      .find({ chatId: { $in: chatIds }, ...ACTIVE })
      .sort({ joinedAt: 1, _id: 1 })
      .lean<LeanMembership[]>();
    return docs.map(toMembership);
  }

  /** The user's chats, newest activity first, after the (lastMessageAt, id) cursor. */
  async pageOfUser(userId: string, first: number, after?: { at: Date; id: string }): Promise<Membership[]> {
    const filter: Record<string, unknown> = { userId, ...ACTIVE };
    if (after) filter.$or = [{ lastMessageAt: { $lt: after.at } }, { lastMessageAt: after.at, _id: { $lt: oid(after.id) } }];
    const docs = await this.memberships
      .find(filter)
      .sort({ lastMessageAt: -1, _id: -1 })
      .limit(first + 1)
      .lean<LeanMembership[]>();
    return docs.map(toMembership);
  }

  async chatIdsOfUser(userId: string): Promise<string[]> {
    const docs = await this.memberships.find({ userId, ...ACTIVE }, { chatId: 1 }).lean<Array<{ chatId: string }>>();
    return docs.map((d) => d.chatId);
  }

  async setRole(chatId: string, userId: string, role: MemberRoleValue): Promise<void> {
    await this.memberships.updateOne({ chatId, userId }, { $set: { role } });
  }

  async markLeft(chatId: string, userId: string, at: Date): Promise<void> {
    await this.memberships.updateOne({ chatId, userId, ...ACTIVE }, { $set: { leftAt: at } });
  }

  /** After a new message: others get one more unread, everyone's list order moves. One updateMany plus the sender's row. */
  async recordMessage(chatId: string, senderId: string, seq: number, at: Date): Promise<void> {
    await Promise.all([
      this.memberships.updateMany({ chatId, ...ACTIVE, userId: { $ne: senderId } }, { $inc: { unreadCount: 1 }, $set: { lastMessageAt: at } }),
      this.memberships.updateOne({ chatId, userId: senderId }, { $set: { lastMessageAt: at, lastReadSeq: seq, unreadCount: 0 } }),
    ]);
  }

  /** Moves every member's list position (membership changes, renames). */
  async touchAll(chatId: string, at: Date): Promise<void> {
    await this.memberships.updateMany({ chatId, ...ACTIVE }, { $set: { lastMessageAt: at } });
  }

  async setReadState(chatId: string, userId: string, lastReadSeq: number, unreadCount: number): Promise<void> {
    await this.memberships.updateOne({ chatId, userId }, { $set: { lastReadSeq, unreadCount } });
  }

  /** A deleted message no longer counts as unread for those who had not read it. */
  async forgetUnread(chatId: string, senderId: string, seq: number): Promise<void> {
    await this.memberships.updateMany(
      { chatId, ...ACTIVE, userId: { $ne: senderId }, lastReadSeq: { $lt: seq }, unreadCount: { $gt: 0 } },
      { $inc: { unreadCount: -1 } },
    );
  }
}
