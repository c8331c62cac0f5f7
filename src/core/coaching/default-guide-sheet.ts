// The default coaching guide as a printable sheet: what an org without a process of its own
// (nothing imported yet) prints. Conversions have no benchmark without data; days in stage
// use the default process's expected days.
import { DEFAULT_GUIDE } from './default-guide.ts';
import type { GuideSheet } from './guide-sheet.ts';
import { stageKpiLines } from './stage-kpi-lines.ts';

export function defaultGuideSheet(orgName: string | null = null): GuideSheet {
  return {
    orgName,
    basis: 'Default guide; stage figures appear once deals are imported',
    stages: DEFAULT_GUIDE.map((stage, i) => ({
      stageKey: stage.stageKey,
      stageName: stage.stageName,
      behaviours: stage.behaviours,
      questions: stage.questions,
      kpis: stageKpiLines({
        nextStageName: DEFAULT_GUIDE[i + 1]?.stageName ?? 'Won',
        conversion: { target: null, median: null, medianReps: 0 },
        days: { expected: stage.kpis.find((k) => k.kpi === 'days_in_stage')?.benchmark ?? null, median: null, entries: 0 },
      }),
    })),
  };
}
