// The event loop of the bench process watched phase by phase: the largest delay per phase
// (monitorEventLoopDelay, as maxEventLoopBlockMs reports it), every block of 50 ms or more
// with the main thread's CPU and run-queue time during it (bench/analytics/event-loop-blocks.ts)
// and, when a profile folder is given (COACHBOARD_BENCH_PROFILE), what ran during each block
// (bench/analytics/long-tasks.ts), to find the code that blocks.
import { mkdir } from 'node:fs/promises';
import { watchBlocks, type EventLoopBlock } from './event-loop-blocks.ts';
import { startProfiler, type LongTask, type Profiler } from './long-tasks.ts';
import { watchEventLoop } from './timing.ts';

type Block = Omit<EventLoopBlock, 'span'>;

export type PhaseWatch = {
  maxMsByPhase: Record<string, number>;
  blocksByPhase: Record<string, Block[]>;
  longTasksByPhase: Record<string, (LongTask & { cpuMs: number | null; runQueueMs: number | null })[]>;
  start: (phase: string) => Promise<void>;
  stop: () => Promise<number>;
};

export function watchPhases(profileDir: string | null): PhaseWatch {
  type Current = { phase: string; loop: { stop: () => number }; blocks: { stop: () => EventLoopBlock[] }; profiler: Profiler | null };
  let current: Current | null = null;
  const watch: PhaseWatch = {
    maxMsByPhase: {},
    blocksByPhase: {},
    longTasksByPhase: {},
    start: async (phase) => {
      if (current) throw new Error(`phase ${current.phase} still watched`);
      if (profileDir) await mkdir(profileDir, { recursive: true });
      const profiler = profileDir ? await startProfiler(profileDir) : null;
      current = { phase, loop: watchEventLoop(), blocks: watchBlocks(), profiler };
    },
    stop: async () => {
      if (!current) throw new Error('no phase watched');
      const { phase, loop, blocks, profiler } = current;
      current = null;
      const max = loop.stop();
      const seen = blocks.stop();
      watch.maxMsByPhase[phase] = max;
      watch.blocksByPhase[phase] = seen.map(({ span: _span, ...block }) => block);
      if (profiler) {
        const tasks = await profiler.stop(phase, seen);
        watch.longTasksByPhase[phase] = tasks.map((task, i) => ({ ...task, cpuMs: seen[i]!.cpuMs, runQueueMs: seen[i]!.runQueueMs }));
      }
      return max;
    },
  };
  return watch;
}
