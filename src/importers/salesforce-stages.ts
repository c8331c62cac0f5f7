// Salesforce stages: the outcome comes from IsClosed / IsWon, the open stages from
// StageName. Open stages follow the standard picklist order; names outside it (a custom
// picklist) follow, ordered by StageSortOrder. Found by one quiet pass over the deals and
// their history, which keeps only the distinct stage names in memory.
import type { StageRecord } from '../core/crm/records.ts';
import type { Table } from './csv-table.ts';
import { parseFlag } from './parse-flag.ts';
import { StageVocabulary, openStages } from './stage-vocabulary.ts';

export const STANDARD_OPEN_STAGES = [
  'Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers',
  'Perception Analysis', 'Proposal/Price Quote', 'Negotiation/Review',
] as const;

export type StageColumns = 'stage' | 'sortOrder' | 'isClosed' | 'isWon';

type Seen = { sortOrder: number; firstSeen: number; closed: 'won' | 'lost' | null };

export async function scanSalesforceStages(
  deals: Table<StageColumns> | null, history: Table<'stage'> | null,
): Promise<{ process: StageRecord[]; vocabulary: StageVocabulary }> {
  const seen = new Map<string, Seen>();
  const note = (name: string, sortOrder: number, closed: Seen['closed']) => {
    const known = seen.get(name);
    if (!known) seen.set(name, { sortOrder, firstSeen: seen.size, closed });
    else if (closed && !known.closed) known.closed = closed;
  };
  if (deals) {
    for await (const row of deals.rows({ quiet: true })) {
      const name = row.raw('stage')?.trim();
      if (!name) continue;
      const sortOrder = Number(row.raw('sortOrder') ?? '');
      const isClosed = flag(row.raw('isClosed'));
      note(name, Number.isFinite(sortOrder) && sortOrder > 0 ? sortOrder : Infinity, isClosed ? (flag(row.raw('isWon')) ? 'won' : 'lost') : null);
    }
  }
  if (history) {
    for await (const row of history.rows({ quiet: true })) {
      const name = row.raw('stage')?.trim();
      if (name) note(name, Infinity, /^closed\s*won$/i.test(name) ? 'won' : /^closed\s*lost$/i.test(name) ? 'lost' : null);
    }
  }
  const standard = new Set<string>(STANDARD_OPEN_STAGES);
  const openNames = [...seen.entries()].filter(([, info]) => info.closed === null).map(([name]) => name);
  // The standard picklist is the org's process when the data uses any of it.
  const usesStandard = openNames.some((name) => standard.has(name));
  const custom = openNames.filter((name) => !standard.has(name))
    .sort((a, b) => order(seen.get(a)) - order(seen.get(b)));
  const process = openStages([...(usesStandard ? STANDARD_OPEN_STAGES : []), ...custom]);

  const vocabulary = new StageVocabulary();
  vocabulary.add('Closed Won', { stageKey: 'won', outcome: 'won' });
  vocabulary.add('Closed Lost', { stageKey: 'lost', outcome: 'lost' });
  for (const [name, info] of seen) if (info.closed) vocabulary.add(name, { stageKey: info.closed, outcome: info.closed });
  vocabulary.addProcess(process);
  return { process, vocabulary };
}

function order(info: Seen | undefined): number {
  if (!info) return Infinity;
  // Unknown sort orders go last, in the order the names were first seen.
  return (Number.isFinite(info.sortOrder) ? info.sortOrder : 1e9) + info.firstSeen / 1e6;
}

function flag(text: string | null): boolean {
  const parsed = parseFlag(text ?? '');
  return parsed.ok && parsed.value === true;
}
