import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Types } from 'mongoose';

export type ChatKindValue = 'direct' | 'group';

@Schema({ collection: 'chats', timestamps: true, versionKey: false })
export class ChatDoc {
  _id: Types.ObjectId;

  @Prop({ type: String, required: true, enum: ['direct', 'group'] })
  kind: ChatKindValue;

  /** Sorted user-id pair for direct chats (one chat per pair); `group:<chatId>` for groups. */
  @Prop({ required: true })
  directKey: string;

  @Prop()
  title?: string;

  @Prop()
  avatarId?: string;

  @Prop({ required: true, default: 0 })
  lastSeq: number;

  /** The newest message, kept on write so the chat list reads it with one $in query. */
  @Prop()
  lastMessageId?: string;

  @Prop({ required: true, default: () => new Date() })
  lastActivityAt: Date;

  createdAt: Date;
  updatedAt: Date;
}

export const ChatSchema = SchemaFactory.createForClass(ChatDoc);
ChatSchema.index({ directKey: 1 }, { unique: true });

export type MemberRoleValue = 'owner' | 'admin' | 'member';

@Schema({ collection: 'memberships', versionKey: false })
export class MembershipDoc {
  _id: Types.ObjectId;

  @Prop({ required: true })
  chatId: string;

  @Prop({ required: true })
  userId: string;

  @Prop({ type: String, required: true, enum: ['owner', 'admin', 'member'], default: 'member' })
  role: MemberRoleValue;

  @Prop({ required: true, default: 0 })
  lastReadSeq: number;

  @Prop({ required: true, default: 0 })
  unreadCount: number;

  @Prop({ required: true, default: () => new Date() })
  lastMessageAt: Date;

  @Prop({ required: true, default: () => new Date() })
  joinedAt: Date;

  /** Set when the member left or was removed; the row stays for history. */
  @Prop()
  leftAt?: Date;
}

export const MembershipSchema = SchemaFactory.createForClass(MembershipDoc);
MembershipSchema.index({ chatId: 1, userId: 1 }, { unique: true });
MembershipSchema.index({ userId: 1, lastMessageAt: -1 });
