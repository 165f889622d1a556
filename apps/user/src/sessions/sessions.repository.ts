import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { SessionDoc } from './session.schema.js';

export interface Session {
  id: string;
  userId: string;
  familyId: string;
  expiresAt: Date;
  revokedAt?: Date;
  replacedBy?: string;
  /** When the token was rotated (the replacement's creation time). */
  rotatedAt?: Date;
}

type LeanSession = Pick<SessionDoc, '_id' | 'userId' | 'familyId' | 'expiresAt' | 'revokedAt' | 'replacedBy'> & { rotatedAt?: Date };

const toSession = (d: LeanSession): Session => ({
  id: d._id.toHexString(),
  userId: d.userId,
  familyId: d.familyId,
  expiresAt: d.expiresAt,
  revokedAt: d.revokedAt,
  replacedBy: d.replacedBy,
  rotatedAt: d.rotatedAt,
});

@Injectable()
export class SessionsRepository {
  constructor(@InjectModel(SessionDoc.name) private readonly sessions: Model<SessionDoc>) {}

  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  async create(s: { id: string; userId: string; familyId: string; tokenHash: string; expiresAt: Date; device?: string }): Promise<void> {
    await this.sessions.create({
      _id: new Types.ObjectId(s.id),
      userId: s.userId,
      familyId: s.familyId,
      tokenHash: s.tokenHash,
      expiresAt: s.expiresAt,
      device: s.device,
    });
  }

  async byTokenHash(tokenHash: string): Promise<Session | null> {
    const d = await this.sessions.findOne({ tokenHash }).lean<LeanSession>();
    return d ? toSession(d) : null;
  }

  /** Records the rotation (the claim itself is taken atomically in Redis by the auth service). */
  async markRotated(id: string, replacementId: string, at: Date): Promise<void> {
    await this.sessions.updateOne({ _id: new Types.ObjectId(id) }, { $set: { replacedBy: replacementId, rotatedAt: at } });
  }

  async revokeFamily(familyId: string, at: Date): Promise<void> {
    await this.sessions.updateMany({ familyId, revokedAt: { $exists: false } }, { $set: { revokedAt: at } });
  }

  /** Revokes every session of the user; returns the families that were live. */
  async revokeUser(userId: string, at: Date): Promise<string[]> {
    const live = await this.sessions.find({ userId, revokedAt: { $exists: false } }, { familyId: 1 }).lean<Array<{ familyId: string }>>();
    const families = [...new Set(live.map((s) => s.familyId))];
    await this.sessions.updateMany({ userId, revokedAt: { $exists: false } }, { $set: { revokedAt: at } });
    return families;
  }

  /** Deletes sessions that expired long ago (MongoDB-subset: no TTL index, so a scheduled cleanup). */
  async deleteExpired(before: Date): Promise<number> {
    const res = await this.sessions.deleteMany({ expiresAt: { $lt: before } });
    return res.deletedCount;
  }
}
