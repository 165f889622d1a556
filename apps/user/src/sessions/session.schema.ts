import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Types } from 'mongoose';

/** One refresh token. Rotation links tokens of one login into a family (familyId). */
@Schema({ collection: 'sessions', timestamps: true, versionKey: false })
export class SessionDoc {
  _id: Types.ObjectId;

  @Prop({ required: true })
  userId: string;

  @Prop({ required: true })
  familyId: string;

  /** SHA-256 of the refresh token; the token itself is never stored. */
  @Prop({ required: true })
  tokenHash: string;

  @Prop({ required: true })
  expiresAt: Date;

  @Prop()
  revokedAt?: Date;

  /** Id of the session that replaced this one on rotation. */
  @Prop()
  replacedBy?: string;

  @Prop()
  rotatedAt?: Date;

  @Prop()
  device?: string;

  createdAt: Date;
}

export const SessionSchema = SchemaFactory.createForClass(SessionDoc);
SessionSchema.index({ tokenHash: 1 }, { unique: true });
SessionSchema.index({ userId: 1 });
SessionSchema.index({ familyId: 1 });
