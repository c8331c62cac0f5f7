// HubSpot deal stages. Exports show the stage label ("Appointment Scheduled"), API data
// the internal id ("appointmentscheduled"); both are known for the default pipeline.
// Custom stages are found by a quiet pass over the deals: closed ones by the "Is Deal
// Closed?" / "Is Closed Won" columns when exported, else by a won/lost word in the label;
// open ones are appended in the order first seen, with one warning (exports carry no
// stage order; use the generic preset with a mapping file to set it).
import type { StageRecord } from '../core/crm/records.ts';
import type { ProblemSink } from './import-plan.ts';
import type { Table } from './csv-table.ts';
import { parseFlag } from './parse-flag.ts';
import { StageVocabulary, openStages } from './stage-vocabulary.ts';

export const DEFAULT_HUBSPOT_STAGES = [
  { id: 'appointmentscheduled', label: 'Appointment Scheduled', kind: 'open' },
  { id: 'qualifiedtobuy', label: 'Qualified To Buy', kind: 'open' },
  { id: 'presentationscheduled', label: 'Presentation Scheduled', kind: 'open' },
  { id: 'decisionmakerboughtin', label: 'Decision Maker Bought-In', kind: 'open' },
  { id: 'contractsent', label: 'Contract Sent', kind: 'open' },
  { id: 'closedwon', label: 'Closed Won', kind: 'won' },
  { id: 'closedlost', label: 'Closed Lost', kind: 'lost' },
] as const;

export type StageField = 'stage' | 'pipeline' | 'isClosed' | 'isClosedWon';

/** "Closed Won (Sales Pipeline)" -> "Closed Won" when the row's pipeline is "Sales Pipeline". */
export function stageLabel(stage: string, pipeline: string | null): string {
  const suffix = pipeline ? ` (${pipeline})` : null;
  return suffix && stage.endsWith(suffix) ? stage.slice(0, -suffix.length).trim() : stage.trim();
}

export async function scanHubspotStages(
  deals: Table<StageField> | null, sink: ProblemSink,
): Promise<{ process: StageRecord[]; vocabulary: StageVocabulary }> {
  const defaults = new StageVocabulary();
  for (const stage of DEFAULT_HUBSPOT_STAGES) {
    const meaning = stage.kind === 'open' ? { stageKey: stage.id, outcome: 'open' as const } : { stageKey: stage.kind, outcome: stage.kind };
    defaults.add(stage.label, meaning);
    defaults.add(stage.id, meaning, false);
  }
  const custom = new Map<string, 'open' | 'won' | 'lost'>();
  let usesDefaults = false;
  let firstLine: number | null = null;
  if (deals) {
    for await (const row of deals.rows({ quiet: true })) {
      const raw = row.raw('stage')?.trim();
      if (!raw) continue;
      const label = stageLabel(raw, row.raw('pipeline')?.trim() || null);
      if (defaults.resolve(label)) {
        usesDefaults = true;
        continue;
      }
      if (custom.has(label)) continue;
      firstLine ??= row.line;
      custom.set(label, customKind(label, row.raw('isClosed'), row.raw('isClosedWon')));
    }
  }
  const defaultOpen = DEFAULT_HUBSPOT_STAGES.filter((stage) => stage.kind === 'open');
  const customOpen = [...custom].filter(([, kind]) => kind === 'open').map(([label]) => label);
  const process: StageRecord[] = [
    ...(usesDefaults || customOpen.length === 0 ? defaultOpen.map((stage, index) => ({ key: stage.id, name: stage.label, position: index + 1, kind: 'open' as const })) : []),
  ];
  process.push(...openStages(customOpen).map((stage, index) => ({ ...stage, position: process.length + index + 1 })));
  if (customOpen.length > 0) {
    sink.warning({
      file: deals?.file ?? '', line: firstLine, column: 'Deal Stage', value: customOpen[0] ?? null,
      message: `custom deal stages added as open stages in the order first seen: ${customOpen.join(', ')}; reorder them in Settings, or import with --preset generic and a mapping file`,
    });
  }
  const vocabulary = new StageVocabulary();
  defaults.forEachWord((word, meaning, listed) => vocabulary.add(word, meaning, listed));
  for (const [label, kind] of custom) {
    if (kind !== 'open') vocabulary.add(label, { stageKey: kind, outcome: kind });
  }
  vocabulary.addProcess(process);
  return { process, vocabulary };
}

function customKind(label: string, isClosed: string | null, isClosedWon: string | null): 'open' | 'won' | 'lost' {
  const closed = parseFlag(isClosed ?? '');
  const won = parseFlag(isClosedWon ?? '');
  if (won.ok && won.value === true) return 'won';
  if (closed.ok && closed.value !== null) return closed.value ? 'lost' : 'open';
  if (/\bwon\b/i.test(label)) return 'won';
  if (/\blost\b/i.test(label)) return 'lost';
  return 'open';
}
