// An instant seen in an IANA zone, in the shape ical-generator accepts for zoned date
// libraries (its published ICalLuxonDateTimeStub). ical-generator formats a native Date
// in the *process's* zone when an event has a TZID; this value formats in the event's
// zone instead, so the feed does not depend on where the server runs.
import type { ICalLuxonDateTimeStub } from 'ical-generator';
import { localPartsAt } from '../../core/cadence/zoned-time.ts';

export function zonedDate(ms: number, zone = 'UTC'): ICalLuxonDateTimeStub {
  return {
    isValid: true,
    zone: { type: 'iana' },
    setZone: (next?: string) => zonedDate(ms, next === undefined || next.toLowerCase() === 'utc' ? 'UTC' : next),
    toFormat(format: string): string {
      const local = localPartsAt(ms, zone);
      const two = (n: number) => String(n).padStart(2, '0');
      if (format === 'yyyyLLdd') return local.date.replace(/-/g, '');
      if (format === 'HHmmss') return `${two(local.hour)}${two(local.minute)}${two(local.second)}`;
      throw new Error(`zonedDate: unsupported format ${format}`);
    },
    toJSDate: () => new Date(ms),
    toJSON: () => new Date(ms).toISOString(),
  };
}
