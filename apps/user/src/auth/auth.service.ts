import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { NatsConnection } from '@nats-io/transport-node';
import { AccessTokenService, InjectNats, InjectRedis, publishEvent } from '#common';
import { AppError, Subjects, revokedSessionKey, type AuthReply, type LoginCodeSentReply, type UserDto } from '#contracts';
import { USER_CONFIG, type UserConfig } from '../config/user.config.js';
import { Clock, Secrets } from '../crypto/secrets.js';
import { SessionsRepository } from '../sessions/sessions.repository.js';
import { defaultName } from '../users/profile-rules.js';
import { UsersRepository } from '../users/users.repository.js';
import { LoginCodesService } from './login-codes.service.js';

/** The demo accounts `demoLogin` and `npm run seed` use. */
export const DEMO_USERS = [
  { email: 'ada@demo.parley.local', name: 'Ada Lovelace' },
  { email: 'grace@demo.parley.local', name: 'Grace Hopper' },
  { email: 'linus@demo.parley.local', name: 'Linus Torvalds' },
  { email: 'margaret@demo.parley.local', name: 'Margaret Hamilton' },
] as const;

@Injectable()
export class AuthService {
  private readonly logger = new Logger('AuthService');

  constructor(
    @Inject(USER_CONFIG) private readonly config: UserConfig,
    @InjectRedis() private readonly redis: Redis,
    @InjectNats() private readonly nc: NatsConnection,
    private readonly codes: LoginCodesService,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly secrets: Secrets,
    private readonly clock: Clock,
    private readonly accessTokens: AccessTokenService,
  ) {}

  requestLoginCode(email: string, ip: string): Promise<LoginCodeSentReply> {
    return this.codes.issue(email, ip || 'unknown');
  }

  /** Checks the code, creates the user on first login and opens a session. */
  async verifyLoginCode(email: string, code: string, device?: string): Promise<AuthReply> {
    await this.codes.consume(email, code.trim());
    const user = await this.users.findOrCreateByEmail(email, defaultName(email));
    this.logger.log(`login of user ${user.id}`);
    return this.openSession(user, this.secrets.id(), device);
  }

  /**
   * Rotates a refresh token: the presented one is spent and a new one issued in the same
   * family. A token that was already rotated is theft unless it is a near-simultaneous retry:
   * the whole family is revoked.
   */
  async refresh(refreshToken: string | undefined, device?: string): Promise<AuthReply> {
    if (refreshToken === undefined || refreshToken.length < 20 || refreshToken.length > 200) throw AppError.unauthenticated('no valid refresh token given');
    const now = this.clock.now();
    const session = await this.sessions.byTokenHash(this.secrets.sha256(refreshToken));
    if (!session) throw AppError.unauthenticated('refresh token is not valid');
    if (session.revokedAt || (await this.familyRevoked(session.familyId))) throw AppError.unauthenticated('this session was signed out');
    if (session.expiresAt <= now) throw AppError.unauthenticated('refresh token expired; log in again');
    if (session.replacedBy) return this.rejectReuse(session.familyId, session.rotatedAt, now);

    const [user] = await this.users.byIds([session.userId]);
    if (!user) throw AppError.unauthenticated('the account no longer exists');
    const replacementId = this.sessions.newId();
    if (!(await this.claimRotation(session.id, replacementId))) {
      // Lost a race with a concurrent refresh of the same token.
      return this.rejectReuse(session.familyId, now, now);
    }
    await this.sessions.markRotated(session.id, replacementId, now);
    const reply = await this.openSession(user, session.familyId, device, replacementId);
    // A logout that ran meanwhile may have revoked the family before the new session existed.
    if (await this.familyRevoked(session.familyId)) {
      await this.sessions.revokeFamily(session.familyId, now);
      throw AppError.unauthenticated('this session was signed out');
    }
    return reply;
  }

  /** The Redis mark of a revoked family: set after the database update, kept as long as a refresh token lives. */
  private async familyRevoked(familyId: string): Promise<boolean> {
    return (await this.redis.exists(revokedSessionKey(familyId))) === 1;
  }

  /**
   * Takes the right to rotate a session, once: an atomic SET NX in Redis. (A conditional
   * update in the database would do on MongoDB, but FerretDB 1.x does not apply concurrent
   * updates atomically; see docs/ferretdb.md.)
   */
  private async claimRotation(sessionId: string, replacementId: string): Promise<boolean> {
    const ttl = this.config.REFRESH_TOKEN_TTL_DAYS * 86400;
    return (await this.redis.set(`parley:rotation:${sessionId}`, replacementId, 'EX', ttl, 'NX')) === 'OK';
  }

  private async rejectReuse(familyId: string, rotatedAt: Date | undefined, now: Date): Promise<never> {
    const graceMs = this.config.REFRESH_REUSE_GRACE_SECONDS * 1000;
    if (rotatedAt && now.getTime() - rotatedAt.getTime() < graceMs) {
      throw AppError.unauthenticated('refresh token was just used by another request; use the newest token');
    }
    this.logger.warn(`refresh token reuse in session family ${familyId}: revoking the family`);
    await this.revokeFamilies([familyId]);
    throw AppError.unauthenticated('refresh token was already used; the session is revoked, log in again');
  }

  async logout(userId: string, sessionId: string, allDevices: boolean): Promise<boolean> {
    if (allDevices) {
      const families = await this.sessions.revokeUser(userId, this.clock.now());
      await this.revokeFamilies([...new Set([...families, sessionId])], false);
    } else {
      await this.revokeFamilies([sessionId]);
    }
    return true;
  }

  async demoLogin(email: string | undefined, device?: string): Promise<AuthReply> {
    if (!this.config.DEMO_MODE) throw AppError.forbidden('demo login is off (DEMO_MODE=false)');
    const wanted = email ?? DEMO_USERS[0].email;
    const demo = DEMO_USERS.find((u) => u.email === wanted);
    if (!demo) throw AppError.badInput('email', `is not a demo account; use one of ${DEMO_USERS.map((u) => u.email).join(', ')}`);
    const user = await this.users.findOrCreateByEmail(demo.email, demo.name);
    return this.openSession(user, this.secrets.id(), device);
  }

  /**
   * Revokes session families in the database and tells the gateways (a Redis key that lives
   * as long as a refresh token can), so access tokens of those sessions stop working at once;
   * a NATS broadcast makes every gateway close the sockets opened with them.
   */
  private async revokeFamilies(familyIds: string[], inDatabase = true): Promise<void> {
    const now = this.clock.now();
    if (inDatabase) for (const id of familyIds) await this.sessions.revokeFamily(id, now);
    if (!familyIds.length) return;
    const multi = this.redis.multi();
    // As long as any token of the family could still be presented: a refresh that raced the
    // revocation (its new session inserted after the update) is refused by this mark.
    const ttl = Math.max(this.config.ACCESS_TOKEN_TTL_SECONDS + 60, this.config.REFRESH_TOKEN_TTL_DAYS * 86400);
    for (const id of familyIds) multi.set(revokedSessionKey(id), '1', 'EX', ttl);
    await multi.exec();
    try {
      publishEvent(this.nc, Subjects.sessionsRevoked, { sessionIds: familyIds });
    } catch (err) {
      // The sockets still end when their access token expires.
      this.logger.warn(`could not announce revoked sessions: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private async openSession(user: UserDto, familyId: string, device?: string, id = this.sessions.newId()): Promise<AuthReply> {
    const now = this.clock.now();
    const refreshToken = this.secrets.token();
    const refreshTokenExpiresAt = new Date(now.getTime() + this.config.REFRESH_TOKEN_TTL_DAYS * 86400_000);
    await this.sessions.create({
      id,
      userId: user.id,
      familyId,
      tokenHash: this.secrets.sha256(refreshToken),
      expiresAt: refreshTokenExpiresAt,
      device: device?.slice(0, 200),
    });
    const access = await this.accessTokens.sign(user.id, familyId, this.config.ACCESS_TOKEN_TTL_SECONDS, now);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt.toISOString(),
      refreshToken,
      refreshTokenExpiresAt: refreshTokenExpiresAt.toISOString(),
      user,
    };
  }
}
