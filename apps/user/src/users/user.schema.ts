import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Types } from 'mongoose';

@Schema({ collection: 'users', timestamps: true, versionKey: false })
export class UserDoc {
  _id: Types.ObjectId;

  @Prop({ required: true, lowercase: true, trim: true })
  email: string;

  @Prop({ required: true })
  name: string;

  /** Lower-cased name: the sort key of user lists. */
  @Prop({ required: true })
  nameLower: string;

  /** Lower-cased words of the name, so a search finds "Lovelace" in "Ada Lovelace" by prefix. */
  @Prop({ type: [String], default: [] })
  nameWords: string[];

  /** Attachment id of an uploaded avatar; absent means the generated default. */
  @Prop()
  avatarId?: string;

  @Prop()
  lastSeenAt?: Date;

  createdAt: Date;
  updatedAt: Date;
}

export const UserSchema = SchemaFactory.createForClass(UserDoc);
UserSchema.index({ email: 1 }, { unique: true });
UserSchema.index({ nameLower: 1, _id: 1 });
UserSchema.index({ nameWords: 1 });
