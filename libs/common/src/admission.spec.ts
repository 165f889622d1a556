import { describe, expect, it } from 'vitest';
import { Admission } from './admission.js';

function clocked(max: number, targetMs: number) {
  let t = 0;
  const admission = new Admission(max, targetMs, 4, 500, () => t);
  return { admission, advance: (ms: number) => (t += ms) };
}

/** One window of `n` requests that each took `workMs`. */
function window(a: Admission, advance: (ms: number) => void, n: number, workMs: number): number {
  let admitted = 0;
  for (let i = 0; i < n; i++) if (a.tryEnter()) admitted++;
  for (let i = 0; i < admitted; i++) a.leave(workMs);
  advance(500);
  return admitted;
}

describe('Admission', () => {
  it('admits up to the maximum while the work is fast, and refuses beyond it', () => {
    const { admission, advance } = clocked(10, 100);
    expect(window(admission, advance, 15, 20)).toBe(10);
    expect(admission.limit).toBe(10);
  });

  it('admits fewer at once while the work is slower than the target, down to the minimum', () => {
    const { admission, advance } = clocked(100, 100);
    window(admission, advance, 100, 400);
    // 100 were in flight and too slow: a fifth fewer.
    expect(admission.limit).toBe(80);
    for (let i = 0; i < 30; i++) window(admission, advance, 100, 400);
    expect(admission.limit).toBe(4);
  });

  it('grows back while fast and busy, and towards the maximum when quiet', () => {
    const { admission, advance } = clocked(100, 100);
    for (let i = 0; i < 30; i++) window(admission, advance, 100, 400);
    expect(admission.limit).toBe(4);
    window(admission, advance, 100, 10);
    window(admission, advance, 100, 10);
    expect(admission.limit).toBeGreaterThan(4);
    for (let i = 0; i < 100; i++) window(admission, advance, 0, 0);
    expect(admission.limit).toBe(100);
  });

  it('counts what is in flight: a request that left makes room', () => {
    const { admission } = clocked(2, 100);
    expect(admission.tryEnter()).toBe(true);
    expect(admission.tryEnter()).toBe(true);
    expect(admission.tryEnter()).toBe(false);
    admission.leave(5);
    expect(admission.tryEnter()).toBe(true);
    expect(admission.active).toBe(2);
  });
});
