import { Inject, Injectable } from '@nestjs/common';
import { AppError, isLoginCode, type LoginCodeSentReply } from '#contracts';
import { USER_CONFIG, type UserConfig } from '../config/user.config.js';
import { Clock, Secrets } from '../crypto/secrets.js';
import { LoginCodeStore } from './login-codes.store.js';
import { MailQueue } from './mail.queue.js';

/**
 * Login codes: six CSPRNG digits, only their HMAC stored with a TTL, single use, a limited
 * number of tries, a cooldown per address and hourly caps per address and per IP. A new code
 * does not void a live one (someone else asking for codes cannot keep a person out); the tries
 * are shared by all live codes of an address, and wrong codes back off and are capped per
 * address and day, so guesses do not grow with the codes requested. The counting is the
 * store's (atomic steps); what the limits are and what each refusal says is decided here.
 */
@Injectable()
export class LoginCodesService {
  constructor(
    private readonly store: LoginCodeStore,
    @Inject(USER_CONFIG) private readonly config: UserConfig,
    private readonly secrets: Secrets,
    private readonly clock: Clock,
    private readonly mail: MailQueue,
  ) {}

  /**
   * Issues a new code for `email` (earlier live codes stay valid) and queues its mail. Answers
   * the same for known and unknown addresses: no user lookup happens here.
   */
  async issue(email: string, ip: string): Promise<LoginCodeSentReply> {
    const c = this.config;
    const wait = await this.store.takeSendSlot(email, ip, {
      cooldownSeconds: c.LOGIN_CODE_COOLDOWN_SECONDS,
      perAddressPerHour: c.LOGIN_CODES_PER_EMAIL_PER_HOUR,
      perIpPerHour: c.LOGIN_CODES_PER_IP_PER_HOUR,
    });
    if (wait > 0) throw AppError.rateLimited(wait, 'a new login code cannot be sent yet');

    const code = this.secrets.loginCode();
    await this.store.addCode(email, this.codeHash(email, code), this.clock.now(), c.LOGIN_CODE_TTL_SECONDS);
    await this.mail.loginCode(email, code, Math.round(c.LOGIN_CODE_TTL_SECONDS / 60), this.secrets.id());
    return { sent: true, retryAfterSeconds: c.LOGIN_CODE_COOLDOWN_SECONDS };
  }

  /** What the store keeps of a code: its HMAC, so neither the code nor a comparison of it is stored. */
  private codeHash(email: string, code: string): string {
    return this.secrets.hmac(this.config.OTP_SECRET, `${email}:${code}`);
  }

  /**
   * Consumes the code when it matches a live one; a wrong, expired, used or exhausted code is
   * UNAUTHENTICATED; an address over its failure backoff or daily cap is RATE_LIMITED.
   */
  async consume(email: string, code: string): Promise<void> {
    if (!isLoginCode(code)) throw AppError.badInput('code', 'must be the 6 digits from the e-mail');
    const c = this.config;
    const max = c.LOGIN_CODE_MAX_ATTEMPTS;
    const outcome = await this.store.tryCode(email, this.codeHash(email, code), this.clock.now(), {
      maxTries: max,
      failuresBeforeBackoff: c.LOGIN_FAILURES_BEFORE_BACKOFF,
      failuresPerDay: c.LOGIN_FAILURES_PER_DAY,
    });
    switch (outcome.kind) {
      case 'ok':
        return;
      case 'capped':
        throw AppError.rateLimited(outcome.retryAfterSeconds, 'too many wrong login codes for this address today');
      case 'wait':
        throw AppError.rateLimited(outcome.retryAfterSeconds, 'too many wrong login codes for this address; wait before the next try');
      case 'none':
        throw AppError.unauthenticated('the login code is wrong, used or expired; request a new one');
      case 'wrong': {
        const left = max - outcome.tries;
        if (left <= 0) throw AppError.unauthenticated('wrong code; that was the last try, request a new code');
        throw AppError.unauthenticated(`wrong code; ${left} ${left === 1 ? 'try' : 'tries'} left`);
      }
    }
  }
}
