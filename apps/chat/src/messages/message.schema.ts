import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, type Types } from 'mongoose';

export type MessageTypeValue = 'text' | 'image' | 'system';

export interface ReplySnapshot {
  id: string;
  seq: number;
  senderId: string;
  type: MessageTypeValue;
  /** At most 200 characters. */
  text?: string;
  /** Set when the quoted message is deleted for everyone. */
  deleted?: boolean;
}

export interface ForwardSnapshot {
  originalMessageId?: string;
  originalSenderId?: string;
  originalSenderName: string;
}

export interface ReactionEntry {
  emoji: string;
  userId: string;
}

export interface EditEntry {
  text: string;
  editedAt: Date;
}

@Schema({ collection: 'messages', versionKey: false })
export class MessageDoc {
  _id: Types.ObjectId;

  @Prop({ required: true })
  chatId: string;

  @Prop({ required: true })
  seq: number;

  @Prop({ required: true })
  senderId: string;

  /** Client-made id for idempotent sends; generated for SYSTEM messages so the unique index always sees a value. */
  @Prop({ required: true })
  clientId: string;

  @Prop({ type: String, required: true, enum: ['text', 'image', 'system'] })
  type: MessageTypeValue;

  @Prop()
  text?: string;

  @Prop({ type: [String], default: [] })
  attachmentIds: string[];

  @Prop({ type: MongooseSchema.Types.Mixed })
  replyTo?: ReplySnapshot;

  @Prop({ type: MongooseSchema.Types.Mixed })
  forwardedFrom?: ForwardSnapshot;

  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] })
  reactions: ReactionEntry[];

  @Prop()
  editedAt?: Date;

  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] })
  edits: EditEntry[];

  @Prop()
  deletedAt?: Date;

  /** Members who deleted the message for themselves only. */
  @Prop({ type: [String], default: [] })
  hiddenFor: string[];

  @Prop({ required: true, default: () => new Date() })
  createdAt: Date;
}

export const MessageSchema = SchemaFactory.createForClass(MessageDoc);
MessageSchema.index({ chatId: 1, seq: 1 }, { unique: true });
MessageSchema.index({ senderId: 1, clientId: 1 }, { unique: true });
MessageSchema.index({ chatId: 1, createdAt: -1 });
// Whether an attachment is still shown anywhere (AttachmentsGc, after a deletion for everyone).
MessageSchema.index({ attachmentIds: 1 });
