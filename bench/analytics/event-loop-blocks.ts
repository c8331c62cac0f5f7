// Each block of the bench process's event loop, with how much of it the main thread spent
// running and how much waiting for a CPU (Linux /proc/<pid>/task/<pid>/schedstat: time on
// the CPU and time on the run queue, in ns). On a shared 2-core machine a block can be the
// OS not running us at all; this tells that apart from our own code running too long.
import { readFileSync } from 'node:fs';

export type EventLoopBlock = {
  atMs: number;
  wallMs: number;
  cpuMs: number | null;
  runQueueMs: number | null;
  /** The block's two ticks on the monotonic clock, in µs (as a V8 CPU profile's times). */
  span: [number, number];
};

const TICK_MS = 10;
const SCHEDSTAT = `/proc/${process.pid}/task/${process.pid}/schedstat`;

/** The main thread's time on a CPU and waiting for one, in ms since it started; null where Linux does not say. */
export function schedstat(): [number, number] | null {
  try {
    const [run, wait] = readFileSync(SCHEDSTAT, 'utf8').split(' ').map(Number);
    return [run! / 1e6, wait! / 1e6];
  } catch {
    return null; // not Linux, or no schedstat: wall time only
  }
}

/** Records every late tick of a 10 ms interval timer: blocks of `thresholdMs` or more. */
export function watchBlocks(thresholdMs = 50): { stop: () => EventLoopBlock[] } {
  const blocks: EventLoopBlock[] = [];
  const nowUs = () => Number(process.hrtime.bigint() / 1000n);
  const started = nowUs();
  let last = { at: started, sched: schedstat() };
  const tick = setInterval(() => {
    const now = { at: nowUs(), sched: schedstat() };
    const wallMs = (now.at - last.at) / 1000 - TICK_MS;
    if (wallMs >= thresholdMs) {
      const d = (i: 0 | 1) => (now.sched && last.sched ? Math.round(now.sched[i] - last.sched[i]) : null);
      blocks.push({
        atMs: Math.round((last.at - started) / 1000), wallMs: Math.round(wallMs), cpuMs: d(0), runQueueMs: d(1), span: [last.at, now.at],
      });
    }
    last = now;
  }, TICK_MS);
  return { stop: () => { clearInterval(tick); return blocks; } };
}
