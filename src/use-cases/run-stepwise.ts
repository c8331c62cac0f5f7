// Runs a stepwise computation of the core (a generator that pauses between small pieces of
// work: the org analysis, src/core/stalls/sort-stepwise.ts, judged-org.ts) without holding the event loop:
// whenever `budgetMs` has passed since the last turn, other callbacks (requests) get one.
// Time-based rather than every N steps, so that the pauses stay short on a loaded machine.
import { setImmediate as nextTurn } from 'node:timers/promises';

const BUDGET_MS = 10;

export async function runStepwise<T>(steps: Generator<void, T, void>, budgetMs = BUDGET_MS): Promise<T> {
  let since = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - since >= budgetMs) {
      await nextTurn();
      since = performance.now();
    }
  }
}
