import { describe, expect, it } from 'vitest';
import { signalAvailability, type OrgStallData } from './signal-availability.ts';

const ALL: OrgStallData = {
  hasStageHistory: true, hasDealActivities: true, hasCloseDateHistory: true, hasExpectedCloseDates: true,
  hasStakeholders: true, wonCyclesWithEngageDate: 100,
};
// Maven: deals with engage and close dates only.
const MAVEN: OrgStallData = {
  hasStageHistory: false, hasDealActivities: false, hasCloseDateHistory: false, hasExpectedCloseDates: false,
  hasStakeholders: false, wonCyclesWithEngageDate: 4238,
};

describe('signalAvailability', () => {
  it.each([
    ['everything, some deals without stage history', ALL, 3, [], 6],
    ['everything, every deal has stage history', ALL, 0,
      [{ code: 'age_since_engage', reason: 'no open deal relies on its engage date alone (each has stage history, judged by days in stage)' }], 5],
    ['Maven: only the engage age', MAVEN, 1589, [
      { code: 'days_in_stage', reason: 'no stage history imported' },
      { code: 'no_activity', reason: 'no activities linked to deals imported' },
      { code: 'close_date_pushed', reason: 'no close-date history imported' },
      { code: 'close_date_past', reason: 'no expected close dates imported' },
      { code: 'single_threaded', reason: 'no stakeholders imported' },
    ], 1],
    ['no won deal with an engage date', { ...ALL, wonCyclesWithEngageDate: 0 }, 5,
      [{ code: 'age_since_engage', reason: 'no won deal with an engage date to measure won cycles' }], 5],
    ['close dates without their history: the past-date check still runs', { ...ALL, hasCloseDateHistory: false }, 3,
      [{ code: 'close_date_pushed', reason: 'no close-date history imported' }], 5],
    ['close-date history without current dates: both run', { ...ALL, hasExpectedCloseDates: false }, 3, [], 6],
  ] as const)('%s', (_name, data, withoutHistory, notEvaluated, evaluatedCount) => {
    const result = signalAvailability(data, withoutHistory);
    expect(result.notEvaluated).toEqual(notEvaluated);
    expect(result.evaluated.size).toBe(evaluatedCount);
  });
});
