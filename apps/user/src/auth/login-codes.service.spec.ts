import { describe, expect, it } from 'vitest';
import { parseConfig } from '#common';
import { ErrorCode } from '#contracts';
import { FakeClock, FakeLoginCodeStore, refusal } from '../../test/fakes.js';
import { loginCodeStoreContract } from '../../test/login-code-store.contract.js';
import { userConfigSpec } from '../config/user.config.js';
import { Secrets } from '../crypto/secrets.js';
import { LoginCodesService } from './login-codes.service.js';
import type { MailQueue } from './mail.queue.js';

// LoginCodesService with fake adapters: the code store in memory (held to the Redis store's
// behaviour by the contract run at the end), the mail queue as a list, a clock the test moves.
// Codes and their HMACs are the real ones.

const T0 = new Date('2026-12-01T10:00:00Z');
const ADA = 'ada@example.com';
const IP = '203.0.113.7';

class FakeMail {
  readonly sent: { to: string; code: string; expiresInMinutes: number; issueId: string }[] = [];
  async loginCode(to: string, code: string, expiresInMinutes: number, issueId: string): Promise<void> {
    this.sent.push({ to, code, expiresInMinutes, issueId });
  }
  /** The code of the last mail to `to`. */
  codeFor(to: string): string {
    const mail = this.sent.findLast((m) => m.to === to);
    if (!mail) throw new Error(`no mail to ${to}`);
    return mail.code;
  }
}

function setup(env: Record<string, string> = {}, shared?: { clock: FakeClock; store: FakeLoginCodeStore }) {
  const config = parseConfig(userConfigSpec, { NODE_ENV: 'development', JWT_SECRET: 'unit-test-secret-0123456789abcdef0123456789', ...env });
  const clock = shared?.clock ?? new FakeClock(T0);
  const store = shared?.store ?? new FakeLoginCodeStore(clock);
  const mail = new FakeMail();
  const codes = new LoginCodesService(store, config, new Secrets(), clock, mail as unknown as MailQueue);
  /** Issues a code for `email` and returns it as mailed. */
  const issued = async (email = ADA, ip = IP) => {
    await codes.issue(email, ip);
    return mail.codeFor(email);
  };
  return { codes, clock, store, mail, issued };
}

/** A six-digit code other than `code`. */
const wrongFor = (code: string, i = 1) => String((Number(code) + i) % 1_000_000).padStart(6, '0');

describe('LoginCodesService (fake adapters)', () => {
  it('issue mails a six-digit code valid for LOGIN_CODE_TTL_SECONDS (in minutes), one mail job id per code, and answers with the cooldown', async () => {
    const { codes, mail, clock } = setup({ LOGIN_CODE_TTL_SECONDS: '600', LOGIN_CODE_COOLDOWN_SECONDS: '45' });
    expect(await codes.issue(ADA, IP)).toEqual({ sent: true, retryAfterSeconds: 45 });
    clock.advance(45);
    await codes.issue(ADA, IP);
    expect(mail.sent).toHaveLength(2);
    for (const m of mail.sent) expect(m).toMatchObject({ to: ADA, code: expect.stringMatching(/^\d{6}$/) as string, expiresInMinutes: 10 });
    expect(mail.sent[0].issueId).not.toBe(mail.sent[1].issueId);
    // The mailed codes are the stored ones: both are live.
    await expect(codes.consume(ADA, mail.sent[0].code)).resolves.toBeUndefined();
  });

  it('the store is given only an HMAC of the code under OTP_SECRET: the code is not in it, and another secret does not accept it', async () => {
    const ours = setup();
    const code = await ours.issued();
    expect(ours.store.hashesSeen).toHaveLength(1);
    expect(ours.store.hashesSeen[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(ours.store.hashesSeen[0]).not.toContain(code);
    const otherSecret = setup({ OTP_SECRET: 'another-otp-secret-0123456789abcdef01' }, ours);
    expect((await refusal(otherSecret.codes.consume(ADA, code))).code).toBe(ErrorCode.UNAUTHENTICATED);
    await expect(ours.codes.consume(ADA, code)).resolves.toBeUndefined();
  });

  it('a request in the cooldown is RATE_LIMITED with the seconds left, and neither stores a code nor sends a mail', async () => {
    const { codes, clock, mail, store } = setup({ LOGIN_CODE_COOLDOWN_SECONDS: '60' });
    await codes.issue(ADA, IP);
    clock.advance(20);
    const early = await refusal(codes.issue(ADA, IP));
    expect(early.code).toBe(ErrorCode.RATE_LIMITED);
    expect(early.details.retryAfterSeconds).toBe(40);
    expect(early.message).toContain('a new login code cannot be sent yet');
    expect(mail.sent).toHaveLength(1);
    expect(store.hashesSeen).toHaveLength(1);
    clock.advance(40);
    await expect(codes.issue(ADA, IP)).resolves.toMatchObject({ sent: true });
  });

  it('LOGIN_CODES_PER_EMAIL_PER_HOUR caps an address and LOGIN_CODES_PER_IP_PER_HOUR an IP, each for the rest of the hour', async () => {
    const { codes, clock } = setup({ LOGIN_CODE_COOLDOWN_SECONDS: '0', LOGIN_CODES_PER_EMAIL_PER_HOUR: '2', LOGIN_CODES_PER_IP_PER_HOUR: '3' });
    await codes.issue(ADA, '198.51.100.1');
    await codes.issue(ADA, '198.51.100.2');
    clock.advance(600);
    const address = await refusal(codes.issue(ADA, '198.51.100.3'));
    expect(address.code).toBe(ErrorCode.RATE_LIMITED);
    expect(address.details.retryAfterSeconds).toBe(3000);

    await codes.issue('bo@example.com', '198.51.100.1');
    await codes.issue('cy@example.com', '198.51.100.1'); // the third from that IP
    const ip = await refusal(codes.issue('di@example.com', '198.51.100.1'));
    expect(ip.code).toBe(ErrorCode.RATE_LIMITED);
    expect(ip.details.retryAfterSeconds).toBe(3000);
    await expect(codes.issue('di@example.com', '198.51.100.9')).resolves.toMatchObject({ sent: true });
  });

  it('a code that is not six digits is BAD_USER_INPUT naming code, and costs no try', async () => {
    const { codes, issued } = setup({ LOGIN_CODE_MAX_ATTEMPTS: '1' });
    const code = await issued();
    for (const bad of ['abc', '12345', '1234567', ` ${code}`]) {
      const err = await refusal(codes.consume(ADA, bad));
      expect(err.code, bad).toBe(ErrorCode.BAD_USER_INPUT);
      expect(err.details.field).toBe('code');
    }
    await expect(codes.consume(ADA, code)).resolves.toBeUndefined();
  });

  it('the right code works once; again it is UNAUTHENTICATED (wrong, used or expired)', async () => {
    const { codes, issued } = setup();
    const code = await issued();
    await codes.consume(ADA, code);
    const again = await refusal(codes.consume(ADA, code));
    expect(again.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(again.message).toBe('the login code is wrong, used or expired; request a new one');
  });

  it('wrong codes say how many of LOGIN_CODE_MAX_ATTEMPTS tries are left; the last one says so and ends the code', async () => {
    const { codes, issued } = setup({ LOGIN_CODE_MAX_ATTEMPTS: '3' });
    const code = await issued();
    const messages: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const err = await refusal(codes.consume(ADA, wrongFor(code, i)));
      expect(err.code).toBe(ErrorCode.UNAUTHENTICATED);
      messages.push(err.message);
    }
    expect(messages).toEqual(['wrong code; 2 tries left', 'wrong code; 1 try left', 'wrong code; that was the last try, request a new code']);
    expect((await refusal(codes.consume(ADA, code))).message).toContain('request a new one');
  });

  it('a code lasts LOGIN_CODE_TTL_SECONDS on the service clock', async () => {
    const { codes, clock, issued } = setup({ LOGIN_CODE_TTL_SECONDS: '120' });
    const [ada, bo] = [await issued(ADA), await issued('bo@example.com')];
    clock.advance(119);
    await expect(codes.consume(ADA, ada)).resolves.toBeUndefined();
    clock.advance(1);
    expect((await refusal(codes.consume('bo@example.com', bo))).code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('from LOGIN_FAILURES_BEFORE_BACKOFF wrong codes on, a try is RATE_LIMITED until the backoff is over', async () => {
    const { codes, clock, issued } = setup({ LOGIN_FAILURES_BEFORE_BACKOFF: '2' });
    const code = await issued();
    for (let i = 1; i <= 2; i++) await refusal(codes.consume(ADA, wrongFor(code, i)));
    const held = await refusal(codes.consume(ADA, code));
    expect(held.code).toBe(ErrorCode.RATE_LIMITED);
    expect(held.details.retryAfterSeconds).toBe(1);
    expect(held.message).toContain('wait before the next try');
    clock.advance(1);
    await expect(codes.consume(ADA, code)).resolves.toBeUndefined();
  });

  it('after LOGIN_FAILURES_PER_DAY wrong codes even the right code is RATE_LIMITED until the day is over; other addresses are not', async () => {
    const { codes, clock, issued } = setup({ LOGIN_FAILURES_PER_DAY: '2' });
    const code = await issued();
    for (let i = 1; i <= 2; i++) await refusal(codes.consume(ADA, wrongFor(code, i)));
    clock.advance(3600);
    const capped = await refusal(codes.consume(ADA, code));
    expect(capped.code).toBe(ErrorCode.RATE_LIMITED);
    expect(capped.details.retryAfterSeconds).toBe(86400 - 3600);
    expect(capped.message).toContain('too many wrong login codes for this address today');
    const bo = await issued('bo@example.com');
    await expect(codes.consume('bo@example.com', bo)).resolves.toBeUndefined();

    clock.advance(86400 - 3600);
    const next = await issued();
    await expect(codes.consume(ADA, next)).resolves.toBeUndefined();
  });
});

loginCodeStoreContract('FakeLoginCodeStore', async () => {
  const clock = new FakeClock(T0);
  return { store: new FakeLoginCodeStore(clock), now: () => clock.now(), pass: async (seconds) => clock.advance(seconds) };
});
