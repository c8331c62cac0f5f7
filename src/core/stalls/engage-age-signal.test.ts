import { describe, expect, it } from 'vitest';
import { benchmarkLookup } from './duration-benchmarks.ts';
import { engageAgeSignal } from './engage-age-signal.ts';
import type { OpenDeal } from './open-deal.ts';
import type { StageThresholds } from './stall-thresholds.ts';

const deal = (patch: Partial<OpenDeal>): OpenDeal => ({
  id: 1, externalId: 'd1', name: 'Deal', ownerId: 1, ownerName: 'Rita', amount: 1000, currency: null, segment: null,
  stageId: 2, stageKey: 'engaging', stageName: 'Engaging', stageEnteredOn: null, startedOn: '2017-08-23',
  engagedOn: '2017-08-23', lastActivityOn: null, closePushes: 0, expectedCloseOn: null, engagedStakeholders: 0, ...patch,
});
const T: StageThresholds = { daysInStageMax: null, engageDaysMax: null, inactiveDays: 14, closePushesMin: 2, engagedMin: 2, lateStage: true };
const CYCLES = benchmarkLookup([
  { key: 0, segment: null, deals: 4238, p80Days: 95 },
  { key: 0, segment: 'retail', deals: 31, p80Days: 140 },
]);
const AS_OF = '2017-12-31'; // 2017-08-23 → 130 days; 2017-09-27 → 95 days

describe('engageAgeSignal', () => {
  it.each([
    ['130 days against a p80 of 95', deal({}), T,
      'Engaged 130 days ago; won deals took up to 95 days from engage to close (p80 of 4,238 won deals)'],
    ['exactly the p80', deal({ engagedOn: '2017-09-27' }), T, null],
    ['its segment is slower (140)', deal({ segment: 'retail' }), T, null],
    ['a segment with too few won deals uses the org', deal({ segment: 'medical' }), T,
      'Engaged 130 days ago; won deals took up to 95 days from engage to close (p80 of 4,238 won deals)'],
    ['a fixed limit', deal({}), { ...T, engageDaysMax: 120 }, 'Engaged 130 days ago; the limit set is 120 days from engage'],
    ['with stage history, days in stage judges instead', deal({ stageEnteredOn: '2017-09-01' }), T, null],
    ['no engage date (a prospect)', deal({ engagedOn: null }), T, null],
  ] as const)('%s', (_name, d, thresholds, text) => {
    expect(engageAgeSignal(d, AS_OF, thresholds, CYCLES)).toEqual(text === null ? null : { code: 'age_since_engage', text });
  });
});
