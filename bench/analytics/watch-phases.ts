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

/** Per phase: blocks over 100 ms, the longest, and the most main-thread CPU any block of 50 ms or more held. */
export type BlockSummary = { over100Ms: number; maxWallMs: number; maxCpuMsInABlock: number | null };

export type PhaseWatch = {
  maxMsByPhase: Record<string, number>;
  summaryByPhase: Record<string, BlockSummary>;
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
    summaryByPhase: {},
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
      const cpu = seen.map((b) => b.cpuMs).filter((ms): ms is number => ms !== null);
      watch.summaryByPhase[phase] = {
        over100Ms: seen.filter((b) => b.wallMs > 100).length,
        maxWallMs: Math.max(0, ...seen.map((b) => b.wallMs)),
        maxCpuMsInABlock: cpu.length === seen.length ? Math.max(0, ...cpu) : null,
      };
      if (profiler) {
        const tasks = await profiler.stop(phase, seen);
        watch.longTasksByPhase[phase] = tasks.map((task, i) => ({ ...task, cpuMs: seen[i]!.cpuMs, runQueueMs: seen[i]!.runQueueMs }));
      }
      return max;
    },
  };
  return watch;
}
