// The guide's behaviours as choices for a select, labelled with their stage.
import type { GuideResponse } from './guide-types.ts';

export function behaviourOptions(guide: GuideResponse | undefined) {
  return (guide?.stages ?? []).flatMap((s) => s.behaviours.map((b) => ({ id: b.id, key: b.key, stageId: s.id, label: `${s.name}: ${b.name}` })));
}
