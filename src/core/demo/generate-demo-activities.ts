// Reps' activities: touches on each deal while it is open (at the rep's own cadence, plus a
// meeting or demo when it enters key stages) and prospecting calls and e-mails not tied to a
// deal. Deals that went dark get nothing during their quiet spell, so they read as stalled.
import type { ActivityRecord } from '../crm/records.ts';
import type { Random } from './seeded-random.ts';
import type { DemoRep } from './generate-demo-people.ts';
import type { DemoDeal } from './generate-demo-deals.ts';
import { LATE_STAGE_INDEX } from './demo-stage-model.ts';
import { isBusinessDay, isoDateTime, snapToBusinessDay } from './demo-calendar.ts';
import { drawWorkingMinute } from './build-deal-records.ts';

type ActivityType = 'call' | 'email' | 'meeting' | 'demo';
type RawActivity = { day: number; minute: number; type: ActivityType; opportunityRef: string | null };

/** Longest gap between touches on a healthy deal, so none of them looks abandoned (SPEC §4.6: 14 days). */
const MAX_TOUCH_GAP_DAYS = 12;

const EARLY_TOUCHES = [['email', 45], ['call', 45], ['meeting', 10]] as const;
const LATE_TOUCHES = [['email', 40], ['call', 30], ['meeting', 30]] as const;
// Entering these stages (by index) usually comes with a meeting or a demo.
const STAGE_ENTRY_TYPE: readonly ActivityType[] = ['call', 'meeting', 'call', 'demo', 'meeting', 'meeting', 'call'];

function addDealTouches(out: RawActivity[], random: Random, deal: DemoDeal, touchGapDays: number, asOfDay: number): void {
  const { journey } = deal;
  const end = journey.closedDay ?? asOfDay;
  const quietFrom = journey.stall?.quietFromDay ?? Number.POSITIVE_INFINITY;
  const quietUntil = journey.stall?.untilDay ?? Number.NEGATIVE_INFINITY;
  const isQuiet = (day: number): boolean => day >= quietFrom && day < quietUntil;
  const add = (day: number, type: ActivityType): void => {
    if (!isQuiet(day)) out.push({ day, minute: drawWorkingMinute(random), type, opportunityRef: deal.externalId });
  };
  add(deal.createdDay, random.chance(0.5) ? 'call' : 'email');
  // Touches follow the rep's cadence; entering a stage brings its own meeting or demo and
  // restarts the cadence, so a busy deal is not double-counted.
  let visitIndex = 1;
  for (let day = deal.createdDay; ;) {
    const gap = Math.round(random.between(0.6 * touchGapDays, MAX_TOUCH_GAP_DAYS));
    const due = snapToBusinessDay(day + gap);
    const visit = journey.visits[visitIndex];
    if (visit && visit.day <= due) {
      add(visit.day, STAGE_ENTRY_TYPE[visit.stageIndex] ?? 'call');
      day = visit.day;
      visitIndex++;
      continue;
    }
    if (due > end) break;
    const late = (journey.visits[visitIndex - 1]?.stageIndex ?? 0) >= LATE_STAGE_INDEX;
    add(due, random.weighted(late ? LATE_TOUCHES : EARLY_TOUCHES));
    day = due;
  }
}

function prospecting(random: Random, rep: DemoRep, windowStartDay: number, asOfDay: number): RawActivity[] {
  const out: RawActivity[] = [];
  for (let weekStart = Math.max(windowStartDay, rep.hireDay); weekStart <= asOfDay; weekStart += 7) {
    const count = random.poisson(rep.profile.prospectingPerWeek);
    for (let n = 0; n < count; n++) {
      const day = weekStart + random.int(0, 6);
      if (day > asOfDay || !isBusinessDay(day)) continue;
      out.push({ day, minute: drawWorkingMinute(random), type: random.chance(0.6) ? 'call' : 'email', opportunityRef: null });
    }
  }
  return out;
}

function durationFor(random: Random, type: ActivityType, connected: boolean): number | null {
  if (type === 'email') return null;
  if (type === 'call') return connected ? random.int(4, 35) : 1;
  return type === 'demo' ? random.pick([45, 60, 90]) : random.pick([30, 45, 60]);
}

export function generateDemoActivities(
  random: Random, reps: readonly DemoRep[], dealsByRep: ReadonlyMap<string, readonly DemoDeal[]>,
  windowStartDay: number, asOfDay: number,
): ActivityRecord[] {
  const activities: ActivityRecord[] = [];
  for (const rep of reps) {
    const raw = prospecting(random, rep, windowStartDay, asOfDay);
    for (const deal of dealsByRep.get(rep.externalId) ?? []) addDealTouches(raw, random, deal, rep.profile.touchGapDays, asOfDay);
    raw.sort((a, b) => a.day - b.day || a.minute - b.minute);
    for (const activity of raw) {
      const connected = activity.type === 'call' ? random.chance(rep.profile.connectRate) : false;
      activities.push({
        externalId: `demo-act-${String(activities.length + 1).padStart(6, '0')}`,
        ownerRef: rep.externalId,
        opportunityRef: activity.opportunityRef,
        type: activity.type,
        occurredAt: isoDateTime(activity.day, activity.minute),
        durationMin: durationFor(random, activity.type, connected),
        connected: activity.type === 'call' ? connected : null,
      });
    }
  }
  return activities;
}
