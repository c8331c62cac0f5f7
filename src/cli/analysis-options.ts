// The options every reporting command shares (SPEC §3.1): --as-of, --window-days, --db,
// --json, and the clock read here, at the edge, never in the domain code.
import type { Command } from 'commander';
import { dayNumberOf } from '../core/analytics/iso-day.ts';
import type { AnalysisOptions } from '../use-cases/analytics/analyse-org.ts';
import { CliError } from './print.ts';

export type ReportFlags = { asOf?: string; windowDays?: string; cutPoints?: string; json?: boolean; db?: string };

export function addReportOptions(command: Command): Command {
  return command
    .option('--as-of <date>', 'analyse as of this date (YYYY-MM-DD); default: today, or the last date in the data when it is all over a year old')
    .option('--window-days <n>', 'length of the analysis window in days', '180')
    .option('--cut-points <bottom,star>', 'segment cut points as fractions', '0.2,0.2')
    .option('--json', 'print one JSON document')
    .option('--db <url-or-folder>', 'database: postgres:// URL or embedded folder');
}

export function analysisOptions(flags: ReportFlags): AnalysisOptions {
  const options: AnalysisOptions = {};
  if (flags.asOf !== undefined) {
    if (!isCalendarDate(flags.asOf)) {
      throw new CliError(`--as-of: expected a date YYYY-MM-DD, got ${JSON.stringify(flags.asOf)}`, 2);
    }
    options.asOf = flags.asOf;
  }
  const days = Number(flags.windowDays ?? '180');
  if (!Number.isInteger(days) || days < 7 || days > 3660) throw new CliError(`--window-days: expected a whole number of days from 7 to 3660, got ${JSON.stringify(flags.windowDays)}`, 2);
  options.windowDays = days;
  const cuts = (flags.cutPoints ?? '0.2,0.2').split(',').map(Number);
  if (cuts.length !== 2 || cuts.some((c) => !(c >= 0 && c < 1)) || cuts[0]! + cuts[1]! > 1) {
    throw new CliError(`--cut-points: expected two fractions "bottom,star" that add up to at most 1, got ${JSON.stringify(flags.cutPoints)}`, 2);
  }
  options.cutPoints = { bottom: cuts[0]!, star: cuts[1]! };
  return options;
}

function isCalendarDate(text: string): boolean {
  try {
    dayNumberOf(text);
    return true;
  } catch {
    return false;
  }
}

/** Today's date in UTC, the one place the CLI reads the clock for analytics. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

export const pct = (v: number | null | undefined): string | null => (v === null || v === undefined ? null : `${Math.round(v * 100)} %`);
export const money = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Math.round(v));
