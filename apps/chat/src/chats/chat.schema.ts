import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, type Types } from 'mongoose';
import type { MemberRoleValue } from '#contracts';

export type ChatKindValue = 'direct' | 'group';

/** A current member, stored in the chat under `members.<userId>`. */
export interface MemberEntry {
  role: MemberRoleValue;
  joinedAt: Date;
  /** The member's read position; every message above it is from someone else. */
  lastReadSeq: number;
  /** Seqs above lastReadSeq the member deleted for themselves (they do not count as unread); pruned as reading moves on. */
  hidden?: number[];
  /** Added to a group whose history is `from_join`: messages up to this seq are not for them. */
  fromSeq?: number;
}

/** Someone who left or was removed, under `former.<userId>`: they may still see the chat as it was. */
export interface FormerMemberEntry {
  role: MemberRoleValue;
  joinedAt: Date;
  leftAt: Date;
  lastReadSeq: number;
}

/**
 * One document per chat holds everything a hot path needs about it, read and written by `_id`
 * only: the sequence counter, the members with their read positions, and the seqs deleted for
 * everyone (so unread counts stay exact without a write per member per message, and a reply
 * knows its quote is gone). The newest message is `messageIdOf(chatId, lastSeq)`.
 */
@Schema({ collection: 'chats', versionKey: false })
export class ChatDoc {
  _id: Types.ObjectId;

  @Prop({ type: String, required: true, enum: ['direct', 'group'] })
  kind: ChatKindValue;

  /** Sorted user-id pair for direct chats (one chat per pair); `group:<chatId>` for groups. */
  @Prop({ required: true })
  directKey: string;

  /** What members added later read: absent = everything (shared); `from_join` = only messages after they joined. */
  @Prop({ type: String, enum: ['from_join'] })
  history?: 'from_join';

  @Prop()
  title?: string;

  @Prop()
  avatarId?: string;

  @Prop({ required: true, default: 0 })
  lastSeq: number;

  @Prop({ required: true })
  lastActivityAt: Date;

  @Prop({ required: true })
  createdAt: Date;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true, default: {} })
  members: Record<string, MemberEntry>;

  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  former: Record<string, FormerMemberEntry>;

  @Prop({ type: [Number], default: [] })
  deletedSeqs: number[];

  /**
   * Messages up to this seq were stored before message ids were derived from (chatId, seq): they
   * are read by (chatId, seq) instead of by `_id`. Absent for chats made since.
   */
  @Prop()
  legacyThroughSeq?: number;
}

export const ChatSchema = SchemaFactory.createForClass(ChatDoc);
ChatSchema.index({ directKey: 1 }, { unique: true });

/**
 * The chats a user is in, by `_id` = the user's id: the index behind the chat list, contacts and
 * event routing. A superset is harmless (readers keep only chats that list the user as a member),
 * so a chat is added here before the user joins it and removed after they left.
 */
@Schema({ collection: 'inboxes', versionKey: false })
export class InboxDoc {
  @Prop({ type: String })
  _id: string;

  @Prop({ type: [String], default: [] })
  chatIds: string[];
}

export const InboxSchema = SchemaFactory.createForClass(InboxDoc);
