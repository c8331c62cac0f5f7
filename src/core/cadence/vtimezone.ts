// A VTIMEZONE component (RFC 5545 §3.6.5) for an IANA zone, built from the runtime's tz
// data through Intl: one STANDARD or DAYLIGHT observance per offset change between the
// given years, so that clients place TZID times right on both sides of each DST change.
// (ical-generator asks for such a generator; no maintained one is installed.)
import { localPartsAt, offsetMinutesAt } from './zoned-time.ts';

export type OffsetChange = { atMs: number; fromMin: number; toMin: number };

const HOUR = 3_600_000;

/** Every change of the zone's UTC offset in [fromMs, toMs), found to the minute. */
export function offsetChanges(timeZone: string, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  const step = 24 * HOUR;
  let previous = offsetMinutesAt(fromMs, timeZone);
  for (let t = fromMs + step; t < toMs + step; t += step) {
    const current = offsetMinutesAt(t, timeZone);
    if (current === previous) continue;
    let low = t - step;
    let high = t;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetMinutesAt(mid, timeZone) === previous) low = mid;
      else high = mid;
    }
    if (high < toMs) changes.push({ atMs: high, fromMin: previous, toMin: current });
    previous = current;
  }
  return changes;
}

const offsetText = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

/** Local time in the *old* offset at the instant of a change, as iCalendar DATE-TIME. */
const localStamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '');

/** The VTIMEZONE text for `timeZone`, covering the years [fromYear, toYear]; CRLF lines. */
export function vtimezoneFor(timeZone: string, fromYear: number, toYear: number): string {
  const fromMs = Date.UTC(fromYear, 0, 1);
  const toMs = Date.UTC(toYear + 1, 0, 1);
  const changes = offsetChanges(timeZone, fromMs, toMs);
  const initial = offsetMinutesAt(fromMs, timeZone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', startLocal: string, from: number, to: number) => {
    lines.push(`BEGIN:${kind}`, `DTSTART:${startLocal}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`);
  };
  // The offset in force at the start of the range, as its own observance.
  const first = localPartsAt(fromMs, timeZone);
  observance(isDaylight(initial, changes) ? 'DAYLIGHT' : 'STANDARD', `${first.date.replace(/-/g, '')}T000000`, initial, initial);
  for (const change of changes) {
    observance(change.toMin > change.fromMin ? 'DAYLIGHT' : 'STANDARD', localStamp(change.atMs + change.fromMin * 60_000), change.fromMin, change.toMin);
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/** Whether an offset is the larger (summer) one of the zone's changes in the range. */
function isDaylight(offset: number, changes: readonly OffsetChange[]): boolean {
  const offsets = changes.flatMap((c) => [c.fromMin, c.toMin]);
  return offsets.length > 0 && offset > Math.min(...offsets);
}
