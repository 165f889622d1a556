import { describe, expect, it } from 'vitest';
import { dayLabel, fullDateTime, sameDay } from './format';

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
