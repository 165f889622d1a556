import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { InjectRedis } from '#common';
import { AppError, type LoginCodeSentReply } from '#contracts';
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

/**
 * Adds a code to the address's live codes (a hash: `c:<hmac>` = expiry in ms, and the shared
 * `tries`), dropping expired ones; earlier live codes stay valid.
 * KEYS: codes. ARGV: field, expires at (ms), now (ms), key TTL (s).
 */
const ADD_CODE = `
for _, f in ipairs(redis.call('HKEYS', KEYS[1])) do
  if string.sub(f, 1, 2) == 'c:' and tonumber(redis.call('HGET', KEYS[1], f)) <= tonumber(ARGV[3]) then redis.call('HDEL', KEYS[1], f) end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSETNX', KEYS[1], 'tries', 0)
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1
`;

/**
 * One verification, atomically: refused while the address is over its daily failure cap or in
 * its backoff; otherwise a live code matching `field` ends every code of the address (single
 * use) and clears its failures, and a wrong one counts against the code's tries and the day.
 * KEYS: codes, failures (hash n, last). ARGV: field, now (ms), max tries, failures per day,
 * failures before backoff.
 * Returns {'capped', ttl s} | {'wait', s} | {'none'} | {'ok'} | {'wrong', tries}.
 */
const VERIFY = `
local now = tonumber(ARGV[2])
local n = tonumber(redis.call('HGET', KEYS[2], 'n') or '0')
if n >= tonumber(ARGV[4]) then return {'capped', math.max(1, redis.call('TTL', KEYS[2]))} end
local from = tonumber(ARGV[5])
if n >= from then
  local wait = math.min(2 ^ (n - from), 3600) * 1000 - (now - tonumber(redis.call('HGET', KEYS[2], 'last') or '0'))
  if wait > 0 then return {'wait', math.ceil(wait / 1000)} end
end
if redis.call('EXISTS', KEYS[1]) == 0 then return {'none'} end
local expires = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if expires > now then
  redis.call('DEL', KEYS[1], KEYS[2])
  return {'ok'}
end
local tries = redis.call('HINCRBY', KEYS[1], 'tries', 1)
redis.call('HINCRBY', KEYS[2], 'n', 1)
redis.call('HSET', KEYS[2], 'last', ARGV[2])
if redis.call('TTL', KEYS[2]) < 0 then redis.call('EXPIRE', KEYS[2], 86400) end
if tries >= tonumber(ARGV[3]) then redis.call('DEL', KEYS[1]) end
return {'wrong', tries}
`;

const CODE = /^\d{6}$/;

/**
 * Login codes: six CSPRNG digits, only their HMAC kept in Redis with a TTL, single use, a
 * limited number of tries, a cooldown per address and hourly caps per address and per IP. A new
 * code does not void a live one (someone else asking for codes cannot keep a person out); the
 * tries are shared by all live codes of an address, and wrong codes back off and are capped per
 * address and day, so guesses do not grow with the codes requested.
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
   * Issues a new code for `email` (earlier live codes stay valid) and queues its mail. Answers
   * the same for known and unknown addresses: no user lookup happens here.
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
    const now = Date.now();
    await this.redis.eval(ADD_CODE, 1, this.key('otp', email), this.field(email, code), now + c.LOGIN_CODE_TTL_SECONDS * 1000, now, c.LOGIN_CODE_TTL_SECONDS);
    await this.mail.loginCode(email, code, Math.round(c.LOGIN_CODE_TTL_SECONDS / 60), this.secrets.id());
    return { sent: true, retryAfterSeconds: c.LOGIN_CODE_COOLDOWN_SECONDS };
  }

  /** The hash field of a code: its HMAC, so neither the code nor a comparison of it is in Redis. */
  private field(email: string, code: string): string {
    return `c:${this.secrets.hmac(this.config.OTP_SECRET, `${email}:${code}`)}`;
  }

  /**
   * Consumes the code when it matches a live one; a wrong, expired, used or exhausted code is
   * UNAUTHENTICATED; an address over its failure backoff or daily cap is RATE_LIMITED.
   */
  async consume(email: string, code: string): Promise<void> {
    if (!CODE.test(code)) throw AppError.badInput('code', 'must be the 6 digits from the e-mail');
    const c = this.config;
    const max = c.LOGIN_CODE_MAX_ATTEMPTS;
    const [outcome, n] = (await this.redis.eval(
      VERIFY,
      2,
      this.key('otp', email),
      this.key('otp-fail-day', email),
      this.field(email, code),
      Date.now(),
      max,
      c.LOGIN_FAILURES_PER_DAY,
      c.LOGIN_FAILURES_BEFORE_BACKOFF,
    )) as [string, number?];
    switch (outcome) {
      case 'ok':
        return;
      case 'capped':
        throw AppError.rateLimited(n ?? 1, 'too many wrong login codes for this address today');
      case 'wait':
        throw AppError.rateLimited(n ?? 1, 'too many wrong login codes for this address; wait before the next try');
      case 'none':
        throw AppError.unauthenticated('the login code is wrong, used or expired; request a new one');
    }
    const tries = n ?? max;
    if (tries >= max) throw AppError.unauthenticated('wrong code; that was the last try, request a new code');
    throw AppError.unauthenticated(`wrong code; ${max - tries} ${max - tries === 1 ? 'try' : 'tries'} left`);
  }
}
