import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Types } from 'mongoose';

@Schema({ collection: 'attachments', timestamps: { createdAt: true, updatedAt: false }, versionKey: false })
export class AttachmentDoc {
  _id: Types.ObjectId;

  @Prop({ required: true })
  ownerId: string;

  @Prop({ required: true })
  storageKey: string;

  @Prop({ required: true })
  thumbnailKey: string;

  @Prop({ required: true })
  mimeType: string;

  @Prop({ required: true })
  size: number;

  @Prop({ required: true })
  width: number;

  @Prop({ required: true })
  height: number;

  @Prop({ required: true })
  sha256: string;

  createdAt: Date;
}

export const AttachmentSchema = SchemaFactory.createForClass(AttachmentDoc);
AttachmentSchema.index({ ownerId: 1 });
// The sweep of uploads that were never sent walks them by age.
AttachmentSchema.index({ createdAt: 1 });
