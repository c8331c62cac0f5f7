// The demo org's price list: a platform in two editions, add-ons and services.
import type { ProductRecord } from '../crm/records.ts';
import type { Random } from './seeded-random.ts';
import type { Segment } from './demo-stage-model.ts';

export type DemoProduct = ProductRecord & { listPrice: number; segmentWeights: Readonly<Record<Segment, number>> };

type Entry = Omit<DemoProduct, 'externalId'>;

// Ordered by importance: the first five are always sold, the last ones only in some orgs.
const CATALOGUE: readonly Entry[] = [
  { name: 'Insight Platform Standard', series: 'Platform', listPrice: 18_000, segmentWeights: { SMB: 5, 'Mid-market': 3, Enterprise: 1 } },
  { name: 'Insight Platform Enterprise', series: 'Platform', listPrice: 32_000, segmentWeights: { SMB: 0.5, 'Mid-market': 2, Enterprise: 5 } },
  { name: 'Forecasting Add-on', series: 'Add-on', listPrice: 9_000, segmentWeights: { SMB: 2, 'Mid-market': 2, Enterprise: 2 } },
  { name: 'Data Connectors Pack', series: 'Add-on', listPrice: 6_000, segmentWeights: { SMB: 2, 'Mid-market': 2, Enterprise: 1 } },
  { name: 'Onboarding Services', series: 'Services', listPrice: 8_000, segmentWeights: { SMB: 1, 'Mid-market': 1.5, Enterprise: 1.5 } },
  { name: 'Premium Support', series: 'Services', listPrice: 5_000, segmentWeights: { SMB: 1, 'Mid-market': 1, Enterprise: 1.5 } },
  { name: 'Advanced Security', series: 'Add-on', listPrice: 12_000, segmentWeights: { SMB: 0.3, 'Mid-market': 1, Enterprise: 2 } },
  { name: 'Analytics Training', series: 'Services', listPrice: 4_000, segmentWeights: { SMB: 1, 'Mid-market': 1, Enterprise: 1 } },
];

export function generateDemoProducts(random: Random): DemoProduct[] {
  const count = random.int(5, CATALOGUE.length);
  return CATALOGUE.slice(0, count).map((entry, i) => ({ externalId: `demo-prd-${i + 1}`, ...entry }));
}
