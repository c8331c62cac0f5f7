// Runs bench/import-child.ts in a child process and returns what it measured. Its stderr
// (progress) is passed on line by line; its stdout carries one JSON line.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { SqlTiming } from './sql-timer.ts';

export type ChildCounts = Record<string, { created: number; updated: number; unchanged: number }>;

export type ChildResult = {
  seconds: number;
  openSeconds: number;
  counts: ChildCounts;
  errors: unknown[];
  errorCount: number;
  warningCount: number;
  maxRssKb: number;
  rssAfterOpenMb: number;
  cpuSeconds: number;
  sqlSeconds: number;
  /** Queries of the analytics refresh that runs inside the import (stage facts and their rollups). */
  analyticsSeconds: number;
  sql: SqlTiming[];
  staging: Record<string, { firstAt: number; lastAt: number; rows: number }>;
};

export async function runImportChild(folder: string, target: string, log: (line: string) => void): Promise<ChildResult> {
  const child = spawn(process.execPath, ['bin/run-ts.js', 'bench/import-child.ts', folder, target], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => lines.push(line));
  createInterface({ input: child.stderr }).on('line', (line) => log(`  child: ${line}`));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const json = lines.reverse().find((line) => line.startsWith('{'));
  if (code !== 0 || !json) throw new Error(`import child failed (exit code ${code}); stdout: ${lines.reverse().join('\n').slice(0, 2000)}`);
  return JSON.parse(json) as ChildResult;
}
