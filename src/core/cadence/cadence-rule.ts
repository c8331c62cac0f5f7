// A cadence's recurrence rule and the occurrences it gives in a date range (SPEC §4.9):
// every N weeks on one ISO weekday at a local time in an IANA zone, from a start date.
import { dayNumberOf, isoDateOf } from '../analytics/iso-day.ts';
import type { IsoDate } from '../crm/records.ts';
import { instantOfLocal } from './zoned-time.ts';

export type CadenceKind = 'one_on_one' | 'team_skill' | 'deal';

export type CadenceRule = {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Local wall-clock time 'HH:MM' (seconds, if any, are ignored). */
  localTime: string;
  timeZone: string;
  everyWeeks: number;
  durationMin: number;
  /** The rhythm counts weeks from this date's ISO week; nothing happens before it. */
  startsOn: IsoDate;
};

export type Occurrence = {
  /** The local date the rule gives. */
  occursOn: IsoDate;
  startsAt: Date;
  endsAt: Date;
};

/** ISO weekday of a date: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOf(date: IsoDate): number {
  return ((dayNumberOf(date) + 3) % 7 + 7) % 7 + 1;
}

/** The Monday of the ISO week that holds `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return isoDateOf(dayNumberOf(date) - isoWeekdayOf(date) + 1);
}

export function parseLocalTime(localTime: string): { hour: number; minute: number } {
  const match = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(localTime);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) throw new Error(`not a local time HH:MM: ${localTime}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The rule's occurrences whose local date lies in [from, to] (inclusive), in order. */
export function occurrencesBetween(rule: CadenceRule, from: IsoDate, to: IsoDate): Occurrence[] {
  const { hour, minute } = parseLocalTime(rule.localTime);
  const anchorMonday = dayNumberOf(mondayOf(rule.startsOn));
  const first = Math.max(dayNumberOf(from), dayNumberOf(rule.startsOn));
  const last = dayNumberOf(to);
  const result: Occurrence[] = [];
  // The first matching weekday on or after `first`, then whole weeks.
  let day = first + ((rule.weekday - isoWeekdayOf(isoDateOf(first))) % 7 + 7) % 7;
  for (; day <= last; day += 7) {
    const weeksFromAnchor = Math.round((day - (rule.weekday - 1) - anchorMonday) / 7);
    if (weeksFromAnchor % rule.everyWeeks !== 0) continue;
    const occursOn = isoDateOf(day);
    const start = instantOfLocal(occursOn, hour, minute, rule.timeZone);
    result.push({ occursOn, startsAt: new Date(start), endsAt: new Date(start + rule.durationMin * 60_000) });
  }
  return result;
}

/** The generation window: from the as-of date for `horizonWeeks` whole weeks. */
export function horizonOf(asOf: IsoDate, horizonWeeks: number): { from: IsoDate; to: IsoDate } {
  return { from: asOf, to: isoDateOf(dayNumberOf(asOf) + horizonWeeks * 7 - 1) };
}
