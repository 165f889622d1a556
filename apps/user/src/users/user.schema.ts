import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Types } from 'mongoose';

@Schema({ collection: 'users', timestamps: true, versionKey: false })
export class UserDoc {
  _id: Types.ObjectId;

  @Prop({ required: true, lowercase: true, trim: true })
  email: string;

  @Prop({ required: true })
  name: string;

  /**
   * The name's words, lower-cased and without accents, joined by one space ("Zoë  O'Neil" →
   * "zoe o neil"): the sort key of search results and what a search matches the whole name with.
   */
  @Prop({ required: true })
  nameKey: string;

  /** The distinct words of `nameKey`, so a search finds "Lovelace" in "Ada Lovelace" by prefix. */
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
UserSchema.index({ nameKey: 1, _id: 1 });
UserSchema.index({ nameWords: 1 });
