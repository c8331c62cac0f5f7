// Collects import problems into the report, with a cap so that a file of a million bad
// rows still gives a readable (and bounded) report. With `strict`, warnings are errors.
import type { ImportProblem } from '../contract/api.ts';
import type { ProblemSink } from '../importers/import-plan.ts';

const MAX_LISTED = 1_000;

export type ProblemCollector = ProblemSink & {
  errorCount: () => number;
  errors: ImportProblem[];
  warnings: ImportProblem[];
};

export function collectProblems(strict: boolean): ProblemCollector {
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  let errorTotal = 0;
  const addError = (p: ImportProblem) => {
    errorTotal += 1;
    if (errors.length < MAX_LISTED) errors.push(p);
    else if (errors.length === MAX_LISTED) {
      errors.push({ file: p.file, line: null, column: null, value: null, message: `more errors follow; only the first ${MAX_LISTED} are listed` });
    }
  };
  return {
    errors,
    warnings,
    error: addError,
    warning: (p) => {
      if (strict) {
        addError({ ...p, message: `${p.message} (an error because of --strict)` });
        return;
      }
      if (warnings.length < MAX_LISTED) warnings.push(p);
    },
    errorCount: () => errorTotal,
  };
}
