// Timing helpers for the analytics benchmark: repeated runs, median and p95, and the
// event-loop monitor (perf_hooks.monitorEventLoopDelay) of the bench process.
import { monitorEventLoopDelay } from 'node:perf_hooks';

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Median; the mean of the two middle values for an even count. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** p95, nearest rank (with fewer than 20 samples, that is the largest). */
export function p95(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('p95 of no samples');
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.ceil(0.95 * s.length) - 1]!;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** `warmups` untimed runs, then `runs` timed ones; returns the timings in ms. */
export async function timeRuns<T>(
  runs: number, warmups: number, work: () => Promise<T>, onRun?: (ms: number, index: number, value: T) => void,
): Promise<number[]> {
  for (let i = 0; i < warmups; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const { ms, value } = await timed(work);
    samples.push(ms);
    onRun?.(ms, i, value);
  }
  return samples;
}

/**
 * The longest the bench process's event loop was blocked while enabled: the max of
 * monitorEventLoopDelay (10 ms resolution), in ms. The HTTP server runs in this process
 * (PGlite in its own worker thread), so this is the server's event loop.
 */
export function watchEventLoop(): { stop: () => number } {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return {
    stop: () => {
      histogram.disable();
      return round(histogram.max / 1e6);
    },
  };
}
