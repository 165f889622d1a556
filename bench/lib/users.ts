import { login, type Session, type Stack } from '#testing';
import { mapLimit } from './stats.js';

/**
 * Logs in `n` fresh users through the real path (login code by mail, read from the private
 * mailbox, verified), a few at a time. A login the user service refuses while busy
 * (SERVICE_UNAVAILABLE) is tried again after a pause, as a client would.
 */
export async function loginMany(stack: Stack, n: number, log: (line: string) => void = () => undefined, concurrency = 16): Promise<Session[]> {
  const t = performance.now();
  let done = 0;
  const sessions = await mapLimit(Array.from({ length: n }), concurrency, async () => {
    let s: Session | undefined;
    for (let attempt = 0; !s; attempt++) {
      try {
        s = await login(stack);
      } catch (err) {
        if (attempt >= 10 || !String(err).includes('SERVICE_UNAVAILABLE')) throw err;
        await new Promise((r) => setTimeout(r, 200 * 2 ** Math.min(attempt, 4)));
      }
    }
    done++;
    if (done % 200 === 0) log(`logged in ${done}/${n}`);
    return s;
  });
  log(`logged in ${n} users in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return sessions;
}
