import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayLabel, fullDateTime, initials, lastSeen, sameDay, shortWhen, timeOfDay, typingText } from './format';

describe('dates as the conversation shows them', () => {
  const now = new Date(2026, 10, 30, 9, 15); // 30 November 2026, local time

  it('day separators: Today, Yesterday, then the full date with its year', () => {
    expect(dayLabel(new Date(2026, 10, 30, 0, 1).toISOString(), now)).toBe('Today');
    expect(dayLabel(new Date(2026, 10, 29, 23, 59).toISOString(), now)).toBe('Yesterday');
    const older = dayLabel(new Date(2026, 10, 27, 12, 0).toISOString(), now);
    expect(older).not.toMatch(/Today|Yesterday/);
    expect(older).toContain('2026');
    expect(older).toContain('27');
  });

  it('the hover title has the date, the year and the time of day', () => {
    const title = fullDateTime(new Date(2026, 10, 27, 14, 5).toISOString());
    expect(title).toContain('2026');
    expect(title).toContain('27');
    expect(title).toMatch(/(14|2):05/);
  });

  it('sameDay compares local days', () => {
    expect(sameDay(new Date(2026, 10, 30, 0, 0).toISOString(), new Date(2026, 10, 30, 23, 59).toISOString())).toBe(true);
    expect(sameDay(new Date(2026, 10, 29, 23, 59).toISOString(), new Date(2026, 10, 30, 0, 0).toISOString())).toBe(false);
  });
});

describe('relative times against the clock', () => {
  const now = new Date(2026, 10, 30, 15, 0); // Monday 30 November 2026, 15:00 local time
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(now);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it('lastSeen: offline without a time, then just now, minutes, the time of day, the date', () => {
    expect(lastSeen(null)).toBe('offline');
    expect(lastSeen(ago(20_000))).toBe('last seen just now');
    expect(lastSeen(ago(5 * 60_000))).toBe('last seen 5 min ago');
    expect(lastSeen(ago(59 * 60_000))).toBe('last seen 59 min ago');
    const threeHours = ago(3 * 3_600_000);
    expect(lastSeen(threeHours)).toBe(`last seen at ${timeOfDay(threeHours)}`);
    const lastWeek = lastSeen(new Date(2026, 10, 20, 9, 0).toISOString());
    expect(lastWeek).toMatch(/^last seen /);
    expect(lastWeek).toContain('20');
    expect(lastWeek).not.toMatch(/min ago| at /);
  });

  it('shortWhen: the time today, the weekday within the week, the date before', () => {
    const morning = new Date(2026, 10, 30, 8, 30).toISOString();
    expect(shortWhen(morning)).toBe(timeOfDay(morning));
    const thursday = shortWhen(new Date(2026, 10, 26, 12, 0).toISOString());
    expect(thursday).toBe(new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(new Date(2026, 10, 26)));
    const older = shortWhen(new Date(2026, 10, 2, 12, 0).toISOString());
    expect(older).toContain('2');
    expect(older).not.toBe(timeOfDay(new Date(2026, 10, 2, 12, 0).toISOString()));
    // A time slightly ahead of this clock (another machine's) still reads as today.
    const ahead = new Date(2026, 10, 30, 15, 1).toISOString();
    expect(shortWhen(ahead)).toBe(timeOfDay(ahead));
  });
});

describe('names as avatars and the typing line show them', () => {
  it('initials: first and last word, one letter for one word, whole characters, upper case', () => {
    expect(initials('ann lee')).toBe('AL');
    expect(initials('  Mary Ann  de Vries ')).toBe('MV');
    expect(initials('Bob')).toBe('B');
    expect(initials('😀 smile')).toBe('😀S');
    expect(initials('   ')).toBe('?');
  });

  it('typingText: one name, two names, then a count', () => {
    expect(typingText(['Ann'])).toBe('Ann is typing…');
    expect(typingText(['Ann', 'Bob'])).toBe('Ann and Bob are typing…');
    expect(typingText(['Ann', 'Bob', 'Cy'])).toBe('3 people are typing…');
  });
});
