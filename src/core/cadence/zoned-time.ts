// Wall-clock time in an IANA time zone, with the Intl API (the tz database the runtime
// ships): the offset of a zone at an instant, and the instant of a local date and time,
// daylight-saving gaps and overlaps included. Pure: no clock, no process time zone.
import type { IsoDate } from '../crm/records.ts';

export type LocalParts = { date: IsoDate; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit', era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows this IANA zone name (e.g. 'Europe/Berlin'). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local calendar date and time in `timeZone` at instant `ms`. */
export function localPartsAt(ms: number, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) parts[part.type] = part.value;
  const year = Number(parts.year) * (parts.era === 'BC' ? -1 : 1);
  return {
    date: `${String(year).padStart(4, '0')}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second),
  };
}

/** The zone's offset from UTC at instant `ms`, in minutes (Berlin in summer: +120). */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  const local = localPartsAt(ms, timeZone);
  const [y, m, d] = local.date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, local.hour, local.minute, local.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * The instant of local `date` at `hour:minute` in `timeZone`. In an overlap (autumn) the
 * earlier instant; in a gap (spring) the time moves forward by the gap, as calendar
 * clients and Temporal's 'compatible' rule do (02:30 on a 02:00→03:00 night is 03:30).
 */
export function instantOfLocal(date: IsoDate, hour: number, minute: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, hour, minute);
  const before = guess - offsetMinutesAt(guess - 86_400_000, timeZone) * 60_000;
  const after = guess - offsetMinutesAt(guess + 86_400_000, timeZone) * 60_000;
  const matches = (ms: number) => {
    const local = localPartsAt(ms, timeZone);
    return local.date === date && local.hour === hour && local.minute === minute;
  };
  const valid = [before, after].filter(matches);
  return valid.length > 0 ? Math.min(...valid) : before;
}
