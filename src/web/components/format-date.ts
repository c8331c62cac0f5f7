// Dates from the API are either calendar dates ("2017-06-30") or instants (ISO with a time).
// A calendar date is shown as that day everywhere, so it is formatted in UTC; an instant is
// shown in the viewer's time zone.
import { UNKNOWN } from './format-money.ts';

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

export function formatDate(value: string | null, locale?: string): string {
  if (value === null || value === '') return UNKNOWN;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const timeZone = dateOnly.test(value) || value.endsWith('T00:00:00.000Z') || value.endsWith('T00:00:00Z') ? 'UTC' : undefined;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(date);
}

export function formatDateTime(value: string | null, locale?: string, timeZone?: string): string {
  if (value === null || value === '') return UNKNOWN;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}
