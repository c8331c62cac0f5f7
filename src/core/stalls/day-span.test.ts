import { describe, expect, it } from 'vitest';
import { dayNumberOf, isoDateOf } from '../analytics/iso-day.ts';
import { dayOf, daySpan } from './day-span.ts';

describe('dayOf', () => {
  it('equals dayNumberOf on every day from 1899 to 2101 (leap years, century rules, both sides of 1970)', () => {
    for (let day = dayNumberOf('1899-01-01'); day <= dayNumberOf('2101-12-31'); day += 1) {
      const iso = isoDateOf(day);
      if (dayOf(iso) !== day) expect(`${iso}: ${dayOf(iso)}`).toBe(`${iso}: ${day}`);
    }
  });

  it.each(['2025-02-29', '2025-13-01', '2025-04-31', '2025-1-01', '2025-01-01T00:00', 'yesterday', ''])('refuses %j as dayNumberOf does', (bad) => {
    expect(() => dayOf(bad)).toThrow();
  });

  it('counts whole days either way', () => {
    expect(daySpan('2024-02-28', '2024-03-01')).toBe(2);
    expect(daySpan('2025-03-01', '2025-02-28')).toBe(-1);
  });
});
