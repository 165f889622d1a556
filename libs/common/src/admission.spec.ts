import { describe, expect, it } from 'vitest';
import { Admission } from './admission.js';

function clocked(max: number, targetMs: number) {
  let t = 0;
  const waiting = { count: 0 };
  const admission = new Admission(max, targetMs, 4, 250, () => t, waiting);
  return { admission, waiting, advance: (ms: number) => (t += ms) };
}

/** One window in which `n` requests arrive at once and each takes `workMs`; returns how many were admitted. */
function window(a: Admission, advance: (ms: number) => void, n: number, workMs: number): number {
  let admitted = 0;
  for (let i = 0; i < n; i++) if (a.tryEnter()) admitted++;
  for (let i = 0; i < admitted; i++) a.leave(workMs);
  advance(250);
  return admitted;
}

describe('Admission', () => {
  it('admits up to the maximum while answers are as fast as usual, and refuses beyond it', () => {
    const { admission, advance } = clocked(10, 100);
    expect(window(admission, advance, 15, 20)).toBe(10);
    expect(admission.limit).toBe(10);
  });

  it('admits fewer when its own work queues: answers far slower than usual and than the target', () => {
    const { admission, advance } = clocked(1000, 100);
    for (let i = 0; i < 5; i++) window(admission, advance, 50, 20);
    expect(admission.limit).toBe(1000);
    // 100 at once now take 400 ms each, usual is 20 ms: at most halved per window, from what was in flight.
    window(admission, advance, 100, 400);
    expect(admission.limit).toBe(50);
    for (let i = 0; i < 10; i++) window(admission, advance, 100, 400);
    expect(admission.limit).toBe(4);
    expect(window(admission, advance, 100, 400)).toBe(4);
  });

  it('does not mistake a uniformly slow machine for overload, nor slowness under the target', () => {
    const slow = clocked(100, 100);
    // Always 300 ms from the start: that is the usual here.
    for (let i = 0; i < 20; i++) expect(window(slow.admission, slow.advance, 30, 300)).toBe(30);
    const fast = clocked(100, 100);
    for (let i = 0; i < 5; i++) window(fast.admission, fast.advance, 30, 10);
    // Three times slower than usual, but under the 100 ms target.
    for (let i = 0; i < 5; i++) expect(window(fast.admission, fast.advance, 30, 30)).toBe(30);
  });

  it('grows back while fast and busy, and towards the maximum when quiet', () => {
    const { admission, advance } = clocked(100, 100);
    for (let i = 0; i < 3; i++) window(admission, advance, 50, 20);
    for (let i = 0; i < 10; i++) window(admission, advance, 100, 400);
    expect(admission.limit).toBe(4);
    window(admission, advance, 100, 20);
    window(admission, advance, 100, 20);
    expect(admission.limit).toBeGreaterThan(4);
    advance(250 * 100);
    expect(admission.limit).toBe(100);
  });

  it('requests waiting for their turn on a busy chat do not count against the limit, only against the maximum', () => {
    const { admission, waiting } = clocked(10, 100);
    for (let i = 0; i < 10; i++) expect(admission.tryEnter()).toBe(true);
    expect(admission.tryEnter()).toBe(false);
    waiting.count = 9;
    expect(admission.active).toBe(1);
    // Room for work, but the maximum in flight (waiters included) is reached.
    expect(admission.tryEnter()).toBe(false);
    admission.leave(5);
    expect(admission.tryEnter()).toBe(true);
  });
});
