import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, readMail, requestCode, sleep, Stack, uniqueEmail, verifyCode, waitUntil } from '#testing';

/** The codes mailed to `email` so far, newest first. */
const codesOf = async (stack: Stack, email: string, count: number) =>
  (
    await waitUntil(async () => {
      const mails = await readMail(stack.mailbox.httpUrl, email);
      return mails.length >= count ? mails : null;
    }, `${count} mails to ${email}`)
  ).map((m) => /(\d{6})/.exec(m.text)![1]);

const wrongFor = (code: string, i = 1) => String((Number(code) + i) % 1_000_000).padStart(6, '0');

describe('login abuse: codes cannot be voided by others, guesses back off and are capped per address and day', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await Stack.start({ env: { LOGIN_CODE_COOLDOWN_SECONDS: '1', LOGIN_FAILURES_BEFORE_BACKOFF: '5', LOGIN_FAILURES_PER_DAY: '8' } });
  });
  afterAll(async () => stack?.stop());

  it('a new code request (by anyone) does not void the code a person already has', async () => {
    const email = uniqueEmail();
    await requestCode(stack, email);
    const [mine] = await codesOf(stack, email, 1);
    await sleep(1100);
    // Someone else asks for a code for the same address.
    expect((await requestCode(stack, email)).errors).toBeUndefined();
    await codesOf(stack, email, 2);
    const r = await verifyCode(stack, email, mine);
    expect(r.errors).toBeUndefined();
    expect(r.data?.verifyLoginCode.accessToken).toBeTruthy();
  });

  it('after 5 wrong codes each try waits 1, 2, 4 s after the last wrong one; after 8 in a day even the right code is refused; other addresses are not affected', async () => {
    const email = uniqueEmail();
    await requestCode(stack, email);
    const [code] = await codesOf(stack, email, 1);
    for (let i = 1; i <= 5; i++) expect(errorCode(await verifyCode(stack, email, wrongFor(code, i)))).toBe('UNAUTHENTICATED');
    /** Right after a wrong try: refused for at most `seconds`; then waits them out. */
    const backsOff = async (guess: string, seconds: number) => {
      const early = await verifyCode(stack, email, guess);
      expect(errorCode(early)).toBe('RATE_LIMITED');
      expect(early.errors![0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(seconds);
      await sleep(seconds * 1000 + 150);
    };
    await backsOff(code, 1);
    // The fifth wrong try ended that code: a new one; the backoff goes on.
    await requestCode(stack, email);
    const [fresh] = await codesOf(stack, email, 2);
    expect(errorCode(await verifyCode(stack, email, wrongFor(fresh)))).toBe('UNAUTHENTICATED'); // 6th wrong
    await backsOff(fresh, 2);
    expect(errorCode(await verifyCode(stack, email, wrongFor(fresh)))).toBe('UNAUTHENTICATED'); // 7th
    await backsOff(fresh, 4);
    expect(errorCode(await verifyCode(stack, email, wrongFor(fresh)))).toBe('UNAUTHENTICATED'); // 8th: the day's cap
    const capped = await verifyCode(stack, email, fresh);
    expect(errorCode(capped)).toBe('RATE_LIMITED');
    expect(capped.errors![0].message).toContain('too many wrong login codes for this address today');
    expect(capped.errors![0].extensions?.retryAfterSeconds).toBeGreaterThan(86_000);

    // Another address logs in as usual.
    const other = uniqueEmail();
    await requestCode(stack, other);
    const [otherCode] = await codesOf(stack, other, 1);
    expect((await verifyCode(stack, other, otherCode)).errors).toBeUndefined();
  });
});
