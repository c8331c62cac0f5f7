// Finds what blocks the event loop: a V8 CPU profile of this process (node:inspector, the
// sampler runs on its own thread), and for each block the functions that took its time.
// Used by the analytics benchmark when COACHBOARD_BENCH_PROFILE is set (a folder for the
// .cpuprofile files). The blocks come from bench/analytics/event-loop-blocks.ts (a 10 ms interval timer arriving
// late); the profile's samples between a block's two ticks say what ran (both clocks are
// CLOCK_MONOTONIC).
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import type { EventLoopBlock } from './event-loop-blocks.ts';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type LongTask = {
  startMs: number;
  ms: number;
  /** Self time by function, largest first (ms). */
  top: { frame: string; ms: number }[];
  /** Time by the innermost frame of our own code (src/, bench/) on the stack, largest first (ms). */
  ours: { frame: string; ms: number }[];
};

// Samples where no JavaScript ran (the thread waiting, or native work V8 does not attribute).
const IDLE = new Set(['(idle)', '(program)']);

export type Profiler = { stop: (phase: string, blocks: readonly EventLoopBlock[]) => Promise<LongTask[]> };

/** Starts sampling; stop() says what ran during each block and, when `folder` is given, writes the profile there. */
export async function startProfiler(folder: string | null): Promise<Profiler> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return {
    stop: async (phase, blocks) => {
      const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
      session.disconnect();
      if (folder) await writeFile(join(folder, `${phase}.cpuprofile`), JSON.stringify(profile));
      return longTasks(profile, blocks.map((b) => b.span));
    },
  };
}

const frameName = (f: CallFrame) =>
  `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(src|bench|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
const isOurs = (f: CallFrame) => /\/(src|bench)\//.test(f.url) && !f.url.includes('/node_modules/');

/** What ran in each block [from, to] (µs, monotonic): self time and our innermost frame. */
export function longTasks(profile: CpuProfile, blocks: readonly [number, number][]): LongTask[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const oursOf = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (isOurs(frame)) return frameName(frame);
    }
    return '(no frame of ours)';
  };
  const times: number[] = [];
  let time = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((time += delta));
  const rank = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 8)
    .map(([frame, us]) => ({ frame, ms: Math.round(us / 100) / 10 }));
  return blocks.map(([from, to]) => {
    const self = new Map<string, number>();
    const ours = new Map<string, number>();
    for (let i = 0; i < profile.samples.length; i += 1) {
      if (times[i]! < from || times[i]! > to) continue;
      const us = (times[i + 1] ?? times[i]!) - times[i]!;
      const id = profile.samples[i]!;
      const name = frameName(byId.get(id)!.callFrame);
      if (IDLE.has(byId.get(id)!.callFrame.functionName)) continue;
      self.set(name, (self.get(name) ?? 0) + us);
      ours.set(oursOf(id), (ours.get(oursOf(id)) ?? 0) + us);
    }
    return { startMs: Math.round((from - profile.startTime) / 1000), ms: Math.round((to - from) / 1000), top: rank(self), ours: rank(ours) };
  });
}
