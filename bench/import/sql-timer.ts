// Times every query sent through `pg` in this process, grouped by what it does (staging
// batches, checks, upserts…), to show where an import's time goes. Installed in the import
// benchmark's child process, and by the analytics benchmark around its incremental imports
// only (then uninstalled); it wraps pg.Client.prototype.query and changes no results.
import pg from 'pg';

export type SqlTiming = { label: string; calls: number; seconds: number };

const RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^COPY "?(\w+)"? .*FROM STDIN/s, (m) => `copy ${m[1]} (COPY FROM STDIN)`],
  [/^INSERT INTO (stg_\w+) .*unnest/s, (m) => `stage ${m[1]} (INSERT … unnest batches)`],
  [/^WITH r AS MATERIALIZED .*?INSERT INTO (stg_\w+)/s, (m) => `stage ${m[1]} (raw lane: database splits and types chunks)`],
  [/^SELECT line, cells FROM (stg_\w+)/, (m) => `read ${m[1]} (raw lane leftovers)`],
  [/^CREATE INDEX ON (\w+)/, (m) => `index ${m[1]}`],
  [/^ANALYZE (\w+(?:, \w+)*)/, (m) => `analyze ${m[1]}`],
  [/^WITH src AS .*?INSERT INTO (\w+)/s, (m) => `upsert ${m[1]}`],
  [/count\(\*\) OVER \(\) AS total FROM .*?FROM (\w+)/s, (m) => `checks on ${m[1]}`],
  [/^CREATE TEMP TABLE (ref_\w+)/, (m) => `lookup ${m[1]}`],
  [/^CREATE UNIQUE INDEX ON (ref_\w+)/, (m) => `lookup ${m[1]}`],
  [/^WITH up AS .*?INSERT INTO people/s, () => 'upsert people'],
  [/^WITH (changed|missing) AS/, () => 'people managers'],
  [/^WITH\s+was AS .*?JOIN (\w+) w ON/s, (m) => `rewrite changed ${m[1]} rows (and their rollups)`],
];

function labelOf(text: string): string {
  const sql = text.trim();
  for (const [pattern, label] of RULES) {
    const m = sql.match(pattern);
    if (m) return label(m);
  }
  return sql.replace(/\s+/g, ' ').slice(0, 60);
}

export type SqlTimer = { read: () => SqlTiming[]; reset: () => void; uninstall: () => void };

export function installSqlTimer(): SqlTimer {
  const totals = new Map<string, SqlTiming>();
  const record = (text: string, started: number) => {
    const label = labelOf(text);
    const entry = totals.get(label) ?? { label, calls: 0, seconds: 0 };
    entry.calls += 1;
    entry.seconds += (performance.now() - started) / 1000;
    totals.set(label, entry);
  };
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function timedQuery(this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: string } | null)?.text;
    if (typeof text !== 'string') return original.apply(this, args);
    const started = performance.now();
    // pg.Pool calls query with a callback; our code awaits the returned promise.
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (...result: unknown[]) => {
        record(text, started);
        return (last as (...a: unknown[]) => unknown)(...result);
      };
      return original.apply(this, args);
    }
    const returned = original.apply(this, args);
    if (returned instanceof Promise) return returned.finally(() => record(text, started));
    // COPY … FROM STDIN (pg-copy-streams) returns its stream: timed until it finishes.
    const stream = returned as { once?: (event: string, listener: () => void) => void } | null;
    if (typeof stream?.once === 'function') {
      let done = false;
      const end = () => { if (!done) { done = true; record(text, started); } };
      stream.once('finish', end);
      stream.once('error', end);
    }
    return returned;
  };
  return {
    read: () => [...totals.values()].sort((a, b) => b.seconds - a.seconds),
    reset: () => totals.clear(),
    uninstall: () => {
      proto.query = original;
    },
  };
}
