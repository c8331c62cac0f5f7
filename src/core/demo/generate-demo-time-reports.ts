// The demo managers' weekly time reports (SPEC §4.9): a rough self-report of where the
// 40-hour week went, filled in at the end of the week (so not yet for an as-of week under
// way), and not every week by every manager. Coaching hours are the coaching done outside
// the sessions (joint calls, call plans, recordings); the session hours are left out of the
// other categories so the week adds up. Deterministic for a seed; reads no clock.
import type { PersonRecord } from '../crm/records.ts';
import type { TimeCategory } from '../accountability/manager-adherence.ts';
import { dayFromIsoDate, isoDateFromDay, weekdayOf } from './demo-calendar.ts';
import { COACHING_STYLES } from './demo-coaching-styles.ts';
import { DEMO_COACHING_WEEKS, managersInLoginOrder, type DemoSession } from './generate-demo-coaching.ts';
import { createRandom, deriveSeed, type Random } from './seeded-random.ts';

export type DemoTimeReport = { managerRef: string; weekStart: string; entries: { category: TimeCategory; hours: number }[] };

const WEEK_HOURS = 40;
const halfHours = (hours: number): number => Math.round(hours * 2) / 2;

export function generateDemoTimeReports(seed: number, asOf: string, people: readonly PersonRecord[], sessions: readonly DemoSession[]): DemoTimeReport[] {
  const asOfDay = dayFromIsoDate(asOf);
  const asOfMonday = asOfDay - weekdayOf(asOfDay);
  const sessionHours = new Map<string, number>();
  for (const s of sessions) {
    if (s.status !== 'held') continue;
    const key = `${s.managerRef} ${isoDateFromDay(dayFromIsoDate(s.on) - weekdayOf(dayFromIsoDate(s.on)))}`;
    sessionHours.set(key, (sessionHours.get(key) ?? 0) + s.durationMin / 60);
  }
  const reports: DemoTimeReport[] = [];
  managersInLoginOrder(people).forEach((manager, index) => {
    const style = COACHING_STYLES[index % COACHING_STYLES.length]!;
    const random = createRandom(deriveSeed(seed, `time reports ${manager.externalId}`));
    for (let week = DEMO_COACHING_WEEKS - 1; week >= 0; week -= 1) {
      const monday = asOfMonday - week * 7;
      if (monday + 4 >= asOfDay || !random.chance(style.reportRate)) continue;
      const weekStart = isoDateFromDay(monday);
      const held = sessionHours.get(`${manager.externalId} ${weekStart}`) ?? 0;
      reports.push({ managerRef: manager.externalId, weekStart, entries: weekEntries(random, style.coachingHours, held) });
    }
  });
  return reports;
}

function weekEntries(random: Random, [low, high]: readonly [number, number], sessionHours: number): DemoTimeReport['entries'] {
  const entries: DemoTimeReport['entries'] = [
    { category: 'coaching', hours: halfHours(random.between(low, high)) },
    { category: 'deal_support', hours: halfHours(random.between(6, 10)) },
    { category: 'admin', hours: halfHours(random.between(5, 8)) },
    { category: 'resource_allocation', hours: halfHours(random.between(2, 5)) },
    { category: 'selling', hours: halfHours(random.between(2, 6)) },
  ];
  const reported = entries.reduce((sum, e) => sum + e.hours, 0);
  entries.push({ category: 'other', hours: Math.max(1, halfHours(WEEK_HOURS - sessionHours - reported)) });
  return entries.filter((e) => e.hours > 0);
}
