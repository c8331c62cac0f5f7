// An org's coaching guide (SPEC §4.7) as the API, the CLI and the printer use it: each open
// stage in process order with its behaviours, starter questions and stage KPIs. The KPIs
// are the conversion to the next stage (the admin's target `stage_conversion:<key>`, and
// the median of the reps with a full sample, as in docs/analytics.md "Benchmarks") and the
// days in stage (the stage's expected days, and the org's median over the window).
import { analysisWindow, DEFAULT_WINDOW_DAYS, type AnalysisWindow } from '../../core/analytics/analysis-window.ts';
import { dayNumberOf, isoDateOf } from '../../core/analytics/iso-day.ts';
import { stageBenchmarks } from '../../core/analytics/stage-conversion.ts';
import type { CoachingGuide } from '../../core/coaching/coaching-guide.ts';
import { DEFAULT_GUIDE } from '../../core/coaching/default-guide.ts';
import { defaultGuideSheet } from '../../core/coaching/default-guide-sheet.ts';
import { estimateGuideFit } from '../../core/coaching/estimate-guide-fit.ts';
import type { GuideSheet, Paper } from '../../core/coaching/guide-sheet.ts';
import { suggestDefaultStage } from '../../core/coaching/suggest-default-stage.ts';
import { stageKpiLines } from '../../core/coaching/stage-kpi-lines.ts';
import type { Database } from '../../db/client.ts';
import { hasStageHistory, listOpenStages } from '../../db/analytics/analysis-inputs.ts';
import { timeInStage } from '../../db/analytics/rep-history.ts';
import { stageStats } from '../../db/analytics/window-stats.ts';
import { orgNameOf, readGuideRows } from '../../db/queries/coaching-guide.ts';
import { resolveAsOf } from '../analytics/analyse-org.ts';

export type OrgGuideBehaviour = { id: number; key: string; name: string; description: string; position: number; observations: number };
export type OrgGuideQuestion = { id: number; text: string; behaviourId: number | null; behaviourKey: string | null; position: number };
export type OrgGuideKpis = {
  conversion: {
    nextStageName: string;
    target: number | null;
    median: number | null;
    /** Reps whose cohort at the stage reached the minimum sample: the median's basis. */
    medianReps: number;
    /** What gaps are measured against: the target, else the median. */
    benchmark: number | null;
    basis: 'target' | 'median' | null;
  };
  daysInStage: { expected: number | null; median: number | null; entries: number };
};
export type OrgGuideStage = {
  id: number; key: string; name: string; position: number; expectedDays: number | null;
  /** The default guide's stage this one most likely means (to copy behaviours from), or null. */
  suggestedDefaultStage: string | null;
  behaviours: OrgGuideBehaviour[];
  questions: OrgGuideQuestion[];
  kpis: OrgGuideKpis;
};
export type OrgGuide = {
  orgName: string | null;
  asOf: string;
  windowDays: number;
  window: AnalysisWindow;
  /** Why stage medians are missing (no stage history), else null. */
  stageReason: string | null;
  stages: OrgGuideStage[];
};

const DEFAULT_STAGE_KEYS = DEFAULT_GUIDE.map((s) => s.stageKey);

export type GuideOptions = { asOf?: string; windowDays?: number };

export async function loadCoachingGuide(database: Database, orgId: number, today: string, options: GuideOptions = {}): Promise<OrgGuide> {
  const db = database.pool;
  const [rows, orgName, asOf, history] = await Promise.all([
    readGuideRows(db, orgId), orgNameOf(db, orgId), resolveAsOf(database, orgId, today, options.asOf), hasStageHistory(db, orgId),
  ]);
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const window = analysisWindow(asOf, windowDays);
  const medians = new Map<string, { median: number | null; reps: number }>();
  const times = new Map<string, { median: number | null; entries: number }>();
  if (history) {
    const previousFrom = isoDateOf(dayNumberOf(window.from) - windowDays);
    const [open, stats, stageTimes] = await Promise.all([
      listOpenStages(db, orgId),
      stageStats(db, { orgId, from: window.from, to: window.to, prevFrom: previousFrom }),
      timeInStage(db, orgId, null, window.from, window.to),
    ]);
    // No targets here: the median is shown next to the target, not replaced by it.
    for (const b of stageBenchmarks(open, stats, new Map())) medians.set(open[b.ord - 1]!.key, { median: b.value, reps: b.reps });
    for (const t of stageTimes) times.set(open[t.stageOrd - 1]?.key ?? '', { median: t.medianDays, entries: t.entries });
  }
  const stages = rows.stages.map((stage, index): OrgGuideStage => {
    const target = rows.conversionTargets.get(stage.key) ?? null;
    const median = medians.get(stage.key) ?? { median: null, reps: 0 };
    const time = times.get(stage.key) ?? { median: null, entries: 0 };
    return {
      id: stage.id, key: stage.key, name: stage.name, position: index + 1, expectedDays: stage.expectedDays,
      suggestedDefaultStage: suggestDefaultStage(stage, DEFAULT_STAGE_KEYS),
      behaviours: rows.behaviours.filter((b) => b.stageId === stage.id)
        .map(({ id, key, name, description, position, observations }) => ({ id, key, name, description, position, observations })),
      questions: rows.questions.filter((q) => q.stageId === stage.id)
        .map(({ id, text, behaviourId, behaviourKey, position }) => ({ id, text, behaviourId, behaviourKey, position })),
      kpis: {
        conversion: {
          nextStageName: rows.stages[index + 1]?.name ?? 'Won', target, median: median.median, medianReps: median.reps,
          benchmark: target ?? median.median, basis: target !== null ? 'target' : median.median !== null ? 'median' : null,
        },
        daysInStage: { expected: stage.expectedDays, median: time.median, entries: time.entries },
      },
    };
  });
  return {
    orgName, asOf, windowDays, window, stages,
    stageReason: history ? null : 'no stage history imported: stage medians cannot be computed',
  };
}

/** The guide in the core's shape, e.g. for the Specify check's list of behaviours. */
export function coachingGuideOf(guide: OrgGuide): CoachingGuide {
  return guide.stages.map((stage) => ({
    stageKey: stage.key,
    stageName: stage.name,
    behaviours: stage.behaviours.map(({ key, name, description }) => ({ key, name, description })),
    questions: stage.questions.map((q) => (q.behaviourKey === null ? { text: q.text } : { text: q.text, behaviourKey: q.behaviourKey })),
    kpis: [
      { kpi: 'stage_conversion', label: `${stage.name} → ${stage.kpis.conversion.nextStageName} conversion`,
        ...(stage.kpis.conversion.benchmark === null ? {} : { benchmark: stage.kpis.conversion.benchmark }) },
      { kpi: 'days_in_stage', label: `Median days in ${stage.name}`, ...(stage.expectedDays === null ? {} : { benchmark: stage.expectedDays }) },
    ],
  }));
}

/** What prints: the org's guide, or the default one while the org has no process yet. */
export function guideSheetOf(guide: OrgGuide): GuideSheet {
  if (guide.stages.length === 0) return defaultGuideSheet(guide.orgName);
  return {
    orgName: guide.orgName,
    basis: `Stage figures: ${guide.windowDays} days to ${guide.asOf}`,
    stages: guide.stages.map((stage) => ({
      stageKey: stage.key,
      stageName: stage.name,
      behaviours: stage.behaviours.map(({ key, name, description }) => ({ key, name, description })),
      questions: stage.questions.map((q) => (q.behaviourKey === null ? { text: q.text } : { text: q.text, behaviourKey: q.behaviourKey })),
      kpis: stageKpiLines({
        nextStageName: stage.kpis.conversion.nextStageName,
        conversion: { target: stage.kpis.conversion.target, median: stage.kpis.conversion.median, medianReps: stage.kpis.conversion.medianReps },
        days: { expected: stage.kpis.daysInStage.expected, median: stage.kpis.daysInStage.median, entries: stage.kpis.daysInStage.entries },
      }),
    })),
  };
}

export type PrintFit = { bodyPt: number | null; overflowing: string[] };

/** How the guide prints on each paper (estimate): the body size, or the stages too long at 7 pt. */
export function printFitOf(guide: OrgGuide): Record<Paper, PrintFit> {
  const sheet = guideSheetOf(guide);
  const fit = (paper: Paper): PrintFit => ({ ...estimateGuideFit(sheet, paper) });
  return { a4: fit('a4'), letter: fit('letter') };
}

export type GuideDocument = {
  stages: { key: string; name: string; behaviours: { key: string; name: string; description: string }[];
    questions: { text: string; behaviourKey: string | null }[] }[];
};

/** `coachboard guide --json` (docs/cli.md): the org's guide, or the default one while the org has no process. */
export function guideDocumentOf(guide: OrgGuide): GuideDocument {
  const stages = guide.stages.length > 0 ? coachingGuideOf(guide) : DEFAULT_GUIDE;
  return {
    stages: stages.map((stage) => ({
      key: stage.stageKey,
      name: stage.stageName,
      behaviours: stage.behaviours.map(({ key, name, description }) => ({ key, name, description })),
      questions: stage.questions.map((q) => ({ text: q.text, behaviourKey: q.behaviourKey ?? null })),
    })),
  };
}
