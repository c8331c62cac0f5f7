// The shape of a coaching guide (SPEC §1, §4.7): per open stage, the behaviours that
// show "what good looks like", the questions that open a conversation about them, and
// the KPIs that tell a manager which stage to look at.

export type GuideBehaviour = {
  /** Unique across the guide, `stage.kebab-name`, so a Specify or an observation can cite it. */
  key: string;
  name: string;
  description: string;
};

export type StarterQuestion = {
  text: string;
  /** The behaviour this question opens up, when it targets one. */
  behaviourKey?: string;
};

export type StageKpiKey = 'stage_conversion' | 'days_in_stage';

export type StageKpi = {
  kpi: StageKpiKey;
  label: string;
  /** Days for `days_in_stage`; absent for conversions, which compare against the team median (§4.4). */
  benchmark?: number;
};

export type GuideStage = {
  stageKey: string;
  stageName: string;
  behaviours: readonly GuideBehaviour[];
  questions: readonly StarterQuestion[];
  kpis: readonly StageKpi[];
};

export type CoachingGuide = readonly GuideStage[];
