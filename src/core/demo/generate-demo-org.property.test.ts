import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDemoOrg } from './generate-demo-org.ts';
import { findDemoOrgProblems } from './find-demo-org-problems.ts';
import { dayFromIsoDate, isoDateFromDay } from './demo-calendar.ts';

const asOfDates = fc.integer({ min: dayFromIsoDate('2015-01-01'), max: dayFromIsoDate('2035-12-31') }).map(isoDateFromDay);

describe('generateDemoOrg (property)', () => {
  it('is consistent and reproducible for any seed, small rep count and as-of date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 8 }), asOfDates, (seed, reps, asOf) => {
        const org = generateDemoOrg({ seed, reps, asOf });
        expect(findDemoOrgProblems(org, asOf)).toEqual([]);
        expect(org.people.filter((p) => p.role === 'rep')).toHaveLength(reps);
        expect(org.people.filter((p) => p.role === 'manager')).toHaveLength(6);
        expect(generateDemoOrg({ seed, reps, asOf })).toEqual(org);
      }),
      { numRuns: 8 },
    );
  });
});
