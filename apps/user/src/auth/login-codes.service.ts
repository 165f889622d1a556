import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectRedis } from '@app/common';
import { AppError, type LoginCodeSentReply } from '@app/contracts';
import { USER_CONFIG, type UserConfig } from '../config/user.config.js';
import { Secrets } from '../crypto/secrets.js';
import { MailQueue } from './mail.queue.js';

/**
 * Checks the cooldown and the hourly caps and, when all allow it, takes the slot: sets the
 * cooldown and counts the request in both caps. One script, so parallel requests share the
 * counters exactly. Returns 0, or the seconds to wait.
 * KEYS: cooldown, email counter, ip counter. ARGV: cooldown s, email cap, ip cap.
 */
const TAKE_SLOT = `
local wait = 0
local cd = redis.call('TTL', KEYS[1])
if cd > 0 then wait = cd end
local e = tonumber(redis.call('GET', KEYS[2]) or '0')
if e >= tonumber(ARGV[2]) then wait = math.max(wait, redis.call('TTL', KEYS[2])) end
local i = tonumber(redis.call('GET', KEYS[3]) or '0')
if i >= tonumber(ARGV[3]) then wait = math.max(wait, redis.call('TTL', KEYS[3])) end
if wait > 0 then return wait end
if tonumber(ARGV[1]) > 0 then redis.call('SET', KEYS[1], '1', 'EX', ARGV[1]) end
if redis.call('INCR', KEYS[2]) == 1 then redis.call('EXPIRE', KEYS[2], 3600) end
if redis.call('INCR', KEYS[3]) == 1 then redis.call('EXPIRE', KEYS[3], 3600) end
return 0
`;

/** Counts one try of the stored code, only if a code exists. Returns false or {tries, hmac}. */
const COUNT_TRY = `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
local t = redis.call('HINCRBY', KEYS[1], 'tries', 1)
return {t, redis.call('HGET', KEYS[1], 'h')}
`;

const CODE = /^\d{6}$/;

/**
 * Login codes: six CSPRNG digits, only their HMAC kept in Redis with a TTL, single use, a
 * limited number of tries, a cooldown per address and hourly caps per address and per IP.
 */
@Injectable()
export class LoginCodesService {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    @Inject(USER_CONFIG) private readonly config: UserConfig,
    private readonly secrets: Secrets,
    private readonly mail: MailQueue,
  ) {}

  private key(kind: string, value: string): string {
    // Addresses are hashed so Redis holds no personal data in its key names.
    return `parley:${kind}:${this.secrets.sha256(value)}`;
  }

  /**
   * Issues a new code for `email` (replacing any earlier one) and queues its mail. Answers the
   * same for known and unknown addresses: no user lookup happens here.
   */
  async issue(email: string, ip: string): Promise<LoginCodeSentReply> {
    const c = this.config;
    const wait = (await this.redis.eval(
      TAKE_SLOT,
      3,
      this.key('otp-cooldown', email),
      this.key('otp-hour-email', email),
      this.key('otp-hour-ip', ip),
      c.LOGIN_CODE_COOLDOWN_SECONDS,
      c.LOGIN_CODES_PER_EMAIL_PER_HOUR,
      c.LOGIN_CODES_PER_IP_PER_HOUR,
    )) as number;
    if (wait > 0) throw AppError.rateLimited(wait, 'a new login code cannot be sent yet');

    const code = this.secrets.loginCode();
    const key = this.key('otp', email);
    await this.redis
      .multi()
      .del(key)
      .hset(key, 'h', this.secrets.hmac(c.OTP_SECRET, `${email}:${code}`), 'tries', 0)
      .expire(key, c.LOGIN_CODE_TTL_SECONDS)
      .exec();
    await this.mail.loginCode(email, code, Math.round(c.LOGIN_CODE_TTL_SECONDS / 60), this.secrets.id());
    return { sent: true, retryAfterSeconds: c.LOGIN_CODE_COOLDOWN_SECONDS };
  }

  /** Consumes the code when it matches; a wrong, expired, used or exhausted code is UNAUTHENTICATED. */
  async consume(email: string, code: string): Promise<void> {
    if (!CODE.test(code)) throw AppError.badInput('code', 'must be the 6 digits from the e-mail');
    const key = this.key('otp', email);
    const max = this.config.LOGIN_CODE_MAX_ATTEMPTS;
    const counted = (await this.redis.eval(COUNT_TRY, 1, key)) as [number, string] | null;
    if (!counted) throw AppError.unauthenticated('the login code is wrong or has expired; request a new one');
    const [tries, stored] = counted;
    if (tries > max) {
      await this.redis.del(key);
      throw AppError.unauthenticated('too many wrong tries; request a new code');
    }
    const given = this.secrets.hmac(this.config.OTP_SECRET, `${email}:${code}`);
    if (this.secrets.equal(given, stored)) {
      // Single use: of two parallel right answers only the one that deletes the code wins.
      if ((await this.redis.del(key)) === 1) return;
      throw AppError.unauthenticated('the login code was already used; request a new one');
    }
    if (tries >= max) {
      await this.redis.del(key);
      throw AppError.unauthenticated('wrong code; that was the last try, request a new code');
    }
    throw AppError.unauthenticated(`wrong code; ${max - tries} ${max - tries === 1 ? 'try' : 'tries'} left`);
  }
}
