// The pure core's share of org_rep_kpis: analyseReps on synthetic inputs shaped like the
// 1M-deal bench (2,000 ranked reps, 7 open stages, previous window), timed alone so that
// its event-loop cost is known without a database: the whole call, and the longest step
// of analyseRepsInSteps (what blocks a server's event loop). Run:
//   node bin/run-ts.js bench/analytics/analyse-reps-timing.ts [reps] [runs]
import { analyseReps, analyseRepsInSteps, type AnalysisInput } from '../../src/core/analytics/analyse-reps.ts';
import { analysisWindow } from '../../src/core/analytics/analysis-window.ts';
import type { ClosedStats, OpenStats, StageStats } from '../../src/core/analytics/window-stats.ts';
import { createSeededRandom } from '../data/seeded-random.ts';
import { median } from './timing.ts';

export function syntheticAnalysisInput(reps: number): AnalysisInput {
  const { next: random } = createSeededRandom(7);
  const window = analysisWindow('2025-06-30', 180);
  const previousWindow = analysisWindow('2025-01-01', 180);
  const stages = Array.from({ length: 7 }, (_, i) => ({ ord: i + 1, stageId: i + 1, key: `s${i + 1}`, name: `Stage ${i + 1}` }));
  const people = Array.from({ length: reps }, (_, i) => ({
    id: i + 1, externalId: `R${i + 1}`, name: `Rep ${i + 1}`, role: 'rep', managerId: null, managerName: null, hiredAt: '2020-01-01',
  }));
  const closed: ClosedStats[] = people.map((p) => {
    const won = 5 + Math.floor(random() * 20);
    return {
      repId: p.id, wonCount: won, lostCount: 10 + Math.floor(random() * 30), noDecisionCount: 3, wonAmount: won * 25_000 * (0.5 + random()),
      wonUnknown: 0, closedAmount: 2_000_000, closedUnknown: 0, cycleDaysMedian: 40 + random() * 30, cycleSample: won,
      cycleWithoutCreated: 0, prevClosedCount: 40, prevWonAmount: 400_000 * (0.5 + random()), prevWonUnknown: 0,
    };
  });
  const open: OpenStats[] = people.map((p) => ({ repId: p.id, openCount: 100, openAmount: 2_500_000, openUnknown: 0 }));
  const stageStats: StageStats[] = people.flatMap((p) => stages.map((s) => {
    const cohort = 20 + Math.floor(random() * 100);
    return { repId: p.id, stageOrd: s.ord, cohort, converted: Math.floor(cohort * random()), won: Math.floor(cohort * 0.3 * random()) };
  }));
  return {
    asOf: '2025-06-30', windowDays: 180, window, previousWindow, reps: people, stages, hasStageHistory: true,
    closed, open, activities: null, quotas: [], stageStats, targets: new Map(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const reps = Number(process.argv[2] ?? 2000);
  const runs = Number(process.argv[3] ?? 10);
  const input = syntheticAnalysisInput(reps);
  const samples: number[] = [];
  const longestSteps: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    let started = performance.now();
    analyseReps(input);
    if (i > 0) samples.push(performance.now() - started);
    const steps = analyseRepsInSteps(input);
    let longest = 0;
    for (started = performance.now(); !steps.next().done; started = performance.now()) {
      longest = Math.max(longest, performance.now() - started);
    }
    longestSteps.push(Math.max(longest, performance.now() - started));
  }
  const r = (n: number) => Math.round(n * 10) / 10;
  console.log(JSON.stringify({
    reps, runs, medianMs: r(median(samples)), maxMs: r(Math.max(...samples)),
    longestStepMedianMs: r(median(longestSteps)), longestStepMaxMs: r(Math.max(...longestSteps)),
  }));
}
