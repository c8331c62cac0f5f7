// KPIs of a rep (or a team or org) over the analysis window, from the raw window figures
// (docs/analytics.md). A KPI the data cannot support is null with a reason, never 0.
import { rate, type Rate } from './rate.ts';
import { EMPTY_CLOSED, EMPTY_OPEN, type ActivityStats, type ClosedStats, type OpenStats } from './window-stats.ts';

export type AttainmentBasis = 'quota' | 'peer_median';

export type Kpis = {
  wonCount: number;
  lostCount: number;
  noDecisionCount: number;
  winRate: Rate;
  winRateValue: number | null;
  wonValue: number | null;
  avgDealSize: number | null;
  cycleDaysMedian: number | null;
  /** How many won deals the median cycle is over, and whether some lacked a create date. */
  cycleSample: number;
  cycleBasis: 'created' | 'engaged_or_first_stage' | 'mixed' | null;
  openCount: number;
  openValue: number | null;
  velocity: number | null;
  noDecisionRate: Rate;
  activitiesPerWeek: number | null;
  activitiesByType: Record<string, number> | null;
  connectRate: Rate | null;
  /** Why a KPI is null, by KPI name. */
  reasons: Record<string, string>;
};

export type KpiInput = {
  closed: Omit<ClosedStats, 'repId'> | undefined;
  open: Omit<OpenStats, 'repId'> | undefined;
  /** This rep's (team's) activity rows; null when the org has no activities at all. */
  activities: readonly Omit<ActivityStats, 'repId'>[] | null;
  windowDays: number;
};

export function computeKpis({ closed = EMPTY_CLOSED, open = EMPTY_OPEN, activities, windowDays }: KpiInput): Kpis {
  const reasons: Record<string, string> = {};
  const lost = closed.lostCount + closed.noDecisionCount;
  const closedCount = closed.wonCount + lost;
  const winRate = rate(closed.wonCount, closedCount);
  if (closedCount === 0) reasons.winRate = 'no deal closed in the window';

  let winRateValue: number | null = null;
  if (closedCount === 0) reasons.winRateValue = 'no deal closed in the window';
  else if (closed.closedUnknown > 0) reasons.winRateValue = `${closed.closedUnknown} closed deal(s) have no amount`;
  else if (closed.closedAmount === 0) reasons.winRateValue = 'the closed deals are all valued 0';
  else winRateValue = closed.wonAmount / closed.closedAmount;

  const wonValue = closed.wonUnknown > 0 ? null : closed.wonAmount;
  if (wonValue === null) reasons.wonValue = `${closed.wonUnknown} won deal(s) have no amount`;
  const avgDealSize = wonValue === null || closed.wonCount === 0 ? null : wonValue / closed.wonCount;
  if (closed.wonCount === 0) reasons.avgDealSize = 'no deal won in the window';
  else if (avgDealSize === null) reasons.avgDealSize = reasons.wonValue!;

  const cycleDaysMedian = closed.cycleSample === 0 ? null : closed.cycleDaysMedian;
  if (cycleDaysMedian === null) reasons.cycleDaysMedian = closed.wonCount === 0 ? 'no deal won in the window' : 'no won deal has a known start date';
  const cycleBasis = closed.cycleSample === 0 ? null
    : closed.cycleWithoutCreated === 0 ? 'created'
      : closed.cycleWithoutCreated === closed.cycleSample ? 'engaged_or_first_stage' : 'mixed';

  const openValue = open.openUnknown > 0 ? null : open.openAmount;
  if (openValue === null) reasons.openValue = `${open.openUnknown} open deal(s) have no amount`;

  let velocity: number | null = null;
  if (winRate.value === null || avgDealSize === null || cycleDaysMedian === null || cycleDaysMedian === 0) {
    reasons.velocity = 'needs win rate, average deal size and a median cycle above 0';
  } else {
    velocity = (open.openCount * winRate.value * avgDealSize) / cycleDaysMedian;
  }

  let activitiesPerWeek: number | null = null;
  let activitiesByType: Record<string, number> | null = null;
  let connectRate: Rate | null = null;
  if (activities === null) {
    reasons.activitiesPerWeek = 'no activities imported for the org';
    reasons.connectRate = reasons.activitiesPerWeek;
  } else {
    const weeks = windowDays / 7;
    activitiesByType = {};
    let total = 0;
    let known = 0;
    let connected = 0;
    for (const row of activities) {
      total += row.count;
      known += row.connectKnown;
      connected += row.connected;
      activitiesByType[row.type] = (activitiesByType[row.type] ?? 0) + row.count / weeks;
    }
    activitiesPerWeek = total / weeks;
    if (known > 0) connectRate = rate(connected, known);
    else reasons.connectRate = 'no call with a known connected flag in the window';
  }

  return {
    wonCount: closed.wonCount, lostCount: lost, noDecisionCount: closed.noDecisionCount,
    winRate, winRateValue, wonValue, avgDealSize, cycleDaysMedian, cycleSample: closed.cycleSample, cycleBasis,
    openCount: open.openCount, openValue, velocity, noDecisionRate: rate(closed.noDecisionCount, closedCount),
    activitiesPerWeek, activitiesByType, connectRate, reasons,
  };
}
