// A sort that can be paused: a caller that must not hold a thread for long (the server
// sorting an org's 200,000 open deals) runs it a step at a time and lets other work run in
// between (src/use-cases/run-stepwise.ts). Bottom-up merge sort: runs of `step` items
// sorted natively, then merged pairwise, pausing after every `step` items placed. Stable,
// like Array.prototype.sort, so it gives exactly the order a one-go sort would.

/** `items` sorted by `compare` (a new array); yields after every `step` items of work. */
export function* sortStepwise<T>(items: readonly T[], compare: (a: T, b: T) => number, step = 2_048): Generator<void, T[], void> {
  const n = items.length;
  let from: T[] = new Array<T>(n);
  for (let start = 0; start < n; start += step) {
    const run = items.slice(start, start + step).sort(compare);
    for (let i = 0; i < run.length; i += 1) from[start + i] = run[i]!;
    yield;
  }
  let to: T[] = new Array<T>(n);
  for (let width = step; width < n; width *= 2) {
    let placed = 0;
    for (let low = 0; low < n; low += 2 * width) {
      const middle = Math.min(low + width, n);
      const high = Math.min(low + 2 * width, n);
      let i = low;
      let j = middle;
      for (let k = low; k < high; k += 1) {
        // The left run's item first on a tie: that is what keeps the sort stable.
        if (j >= high || (i < middle && compare(from[j]!, from[i]!) >= 0)) to[k] = from[i++]!;
        else to[k] = from[j++]!;
        if (++placed === step) {
          placed = 0;
          yield;
        }
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

/** Runs a stepwise computation to its end at once (tests, and callers with small inputs). */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
