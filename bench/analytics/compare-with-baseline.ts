// The bench's check that the baseline query returns exactly our figures (won/lost counts,
// win rate, won value, every rep's cohort and conversions at every stage).
import type { OrgAnalysis } from '../../src/use-cases/analytics/analyse-org.ts';
import type { BaselineRep } from './baseline-rep-kpis.ts';

/** Checks that the baseline returns the same figures as analyseOrg; throws otherwise. */
export function compareWithBaseline(analysis: OrgAnalysis, baseline: BaselineRep[]): { reps: number; stageCells: number } {
  const problems: string[] = [];
  const close = (a: number | null, b: number | null) =>
    (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
  const byId = new Map(baseline.map((b) => [b.repId, b]));
  if (baseline.length !== analysis.reps.length) problems.push(`baseline has ${baseline.length} reps, ours ${analysis.reps.length}`);
  let stageCells = 0;
  for (const rep of analysis.reps) {
    const b = byId.get(rep.id);
    if (!b) { problems.push(`rep ${rep.id} missing from the baseline`); continue; }
    const k = rep.kpis;
    if (b.wonCount !== k.wonCount || b.lostCount !== k.lostCount) problems.push(`rep ${rep.id}: won/lost ${b.wonCount}/${b.lostCount} vs ${k.wonCount}/${k.lostCount}`);
    if (!close(b.winRate, k.winRate.value)) problems.push(`rep ${rep.id}: win rate ${b.winRate} vs ${k.winRate.value}`);
    if (!close(b.wonValue, k.wonValue)) problems.push(`rep ${rep.id}: won value ${b.wonValue} vs ${k.wonValue}`);
    const theirs = new Map((b.stages ?? []).map((s) => [s.ord, s]));
    for (const row of rep.stages) {
      const s = theirs.get(row.ord) ?? { cohort: 0, converted: 0 };
      const converted = row.conversion.value === null ? 0 : Math.round(row.conversion.value * row.cohort);
      if (s.cohort !== row.cohort || s.converted !== converted) {
        problems.push(`rep ${rep.id} stage ${row.ord}: ${s.converted}/${s.cohort} vs ${converted}/${row.cohort}`);
      }
      theirs.delete(row.ord);
      stageCells += 1;
    }
    for (const extra of theirs.values()) problems.push(`rep ${rep.id}: baseline stage ${extra.ord} unknown to ours`);
  }
  if (problems.length > 0) throw new Error(`the baseline disagrees with ours (${problems.length}): ${problems.slice(0, 8).join('; ')}`);
  return { reps: analysis.reps.length, stageCells };
}

