// Customer accounts of the demo org: company names, industry, headcount and the segment
// derived from it, spread over the teams' regions.
import type { AccountRecord } from '../crm/records.ts';
import type { Random } from './seeded-random.ts';
import type { Segment } from './demo-stage-model.ts';
import { COMPANY_PREFIXES, COMPANY_SUFFIXES, INDUSTRIES } from './demo-names.ts';
import { DEMO_REGIONS } from './generate-demo-people.ts';

export type DemoAccount = AccountRecord & { segment: Segment; region: string };

/** Segment by headcount, the usual B2B cut: under 200 SMB, under 2,000 mid-market. */
export function segmentForEmployees(employees: number): Segment {
  if (employees < 200) return 'SMB';
  return employees < 2000 ? 'Mid-market' : 'Enterprise';
}

function sizeBandFor(employees: number): string {
  if (employees < 50) return '1-49';
  if (employees < 200) return '50-199';
  if (employees < 1000) return '200-999';
  return employees < 5000 ? '1000-4999' : '5000+';
}

/** About 200 accounts for 60 reps; more reps need more accounts to sell to. */
export function demoAccountCount(repCount: number): number {
  return 120 + Math.round(1.3 * repCount);
}

export function generateDemoAccounts(random: Random, count: number): DemoAccount[] {
  const used = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    let name = '';
    for (let attempt = 0; attempt < 30 && (name === '' || used.has(name)); attempt++) {
      name = `${random.pick(COMPANY_PREFIXES)} ${random.pick(COMPANY_SUFFIXES)}`;
    }
    // The word lists give ~960 names; past that an index keeps names unique.
    if (used.has(name)) name = `${name} ${i + 1}`;
    used.add(name);
    // Headcount is log-normal: many small firms, a long tail of large ones.
    const employees = Math.round(Math.min(120_000, Math.max(5, random.logNormal(350, 1.7))));
    return {
      externalId: `demo-acc-${String(i + 1).padStart(3, '0')}`,
      name,
      segment: segmentForEmployees(employees),
      industry: random.pick(INDUSTRIES),
      employees,
      sizeBand: sizeBandFor(employees),
      region: random.pick(DEMO_REGIONS),
    };
  });
}
