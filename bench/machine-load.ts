// The machine the figures come from, and how busy it was meanwhile: other jobs on a small
// machine change the figures a lot, so every result carries the load it was measured under.
import { cpus, loadavg, totalmem } from 'node:os';

export type Machine = { cpus: number; cpuModel: string; memGb: number; loadavg: number[]; node: string; platform: string };
export type LoadDuring = { start: number; min: number; mean: number; max: number; end: number };

const round2 = (n: number) => Math.round(n * 100) / 100;

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model ?? 'unknown',
    memGb: round2(totalmem() / 2 ** 30),
    loadavg: loadavg().map(round2),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** Samples the 1-minute load average every few seconds until stopped. */
export function sampleLoad(everyMs = 5_000): { stop: () => LoadDuring } {
  const start = loadavg()[0]!;
  const samples = [start];
  const timer = setInterval(() => samples.push(loadavg()[0]!), everyMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      const end = loadavg()[0]!;
      samples.push(end);
      return {
        start: round2(start), min: round2(Math.min(...samples)), max: round2(Math.max(...samples)),
        mean: round2(samples.reduce((a, b) => a + b, 0) / samples.length), end: round2(end),
      };
    },
  };
}
