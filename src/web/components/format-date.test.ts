import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-date.ts';

describe('formatDate', () => {
  it('shows a calendar date as that day, whatever the time zone', () => {
    expect(formatDate('2017-06-30', 'en-US')).toBe('Jun 30, 2017');
    expect(formatDate('2017-01-01T00:00:00.000Z', 'en-US')).toBe('Jan 1, 2017');
  });

  it('shows missing dates as a dash and keeps unreadable ones as given', () => {
    expect(formatDate(null, 'en-US')).toBe('—');
    expect(formatDate('soon', 'en-US')).toBe('soon');
  });
});

describe('formatDateTime', () => {
  it('formats an instant with its time', () => {
    expect(formatDateTime('2024-03-05T14:30:00Z', 'en-US', 'UTC')).toBe('Mar 5, 2024, 2:30 PM');
  });
});
