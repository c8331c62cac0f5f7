// Process vs outcome (SPEC §4.5): judge the process, not only the result, so a rep with a
// good process and bad luck is encouraged and a lucky rep is not copied.

export type Quadrant = 'earned' | 'bad_break' | 'lucky' | 'poetic_justice';
export type QuadrantResult = { quadrant: Quadrant | null; advice: string };

/** Share of known process measures at or above benchmark; unknown measures are left out. */
export function processScore(measures: readonly { atOrAboveBenchmark: boolean | null }[]): number | null {
  const known = measures.filter((m) => m.atOrAboveBenchmark !== null);
  if (known.length === 0) return null;
  return known.filter((m) => m.atOrAboveBenchmark === true).length / known.length;
}

const ADVICE: Record<Quadrant, string> = {
  earned: 'Good process, good results: keep doing what works, and share it with the team.',
  bad_break: 'Good process, results not there yet: stay the course and be patient; the process is right.',
  lucky: 'Results without the process: fix the process now, because wins like these will not last.',
  poetic_justice: 'The process is off and so are the results: work on the process first.',
};

const UNKNOWN_ADVICE = 'Not enough data to judge process and outcome yet.';

/** Good process: score ≥ threshold (default 0.5). Good outcome: attainment ≥ target (default 1 = 100 %). */
export function classifyQuadrant({
  processScore: score,
  attainment,
  processThreshold = 0.5,
  outcomeTarget = 1,
}: {
  processScore: number | null;
  attainment: number | null;
  processThreshold?: number;
  outcomeTarget?: number;
}): QuadrantResult {
  if (score === null || attainment === null) return { quadrant: null, advice: UNKNOWN_ADVICE };
  const goodProcess = score >= processThreshold;
  const goodOutcome = attainment >= outcomeTarget;
  const quadrant: Quadrant = goodProcess
    ? (goodOutcome ? 'earned' : 'bad_break')
    : (goodOutcome ? 'lucky' : 'poetic_justice');
  return { quadrant, advice: ADVICE[quadrant] };
}
