// The CLI contract of `coachboard check-specify --json`: exactly one JSON document on stdout.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../bin/coachboard.js', import.meta.url));
const run = (...args: string[]) => execFileSync(process.execPath, [CLI, 'check-specify', ...args, '--json'], { encoding: 'utf8' });

describe('coachboard check-specify --json', () => {
  it('prints { warnings: [{ code, message }] } with the codes that apply', () => {
    const out = JSON.parse(run('Your conversion rate is down; be more confident.')) as { warnings: { code: string; message: string }[] };
    expect(Object.keys(out)).toEqual(['warnings']);
    expect(out.warnings.map((w) => w.code)).toEqual(['outcome_language', 'generic', 'no_behaviour', 'no_commitment']);
    for (const w of out.warnings) expect(w.message.length).toBeGreaterThan(20);
  });

  it('gives no warning for a specific behaviour change with a dated commitment', () => {
    const out = JSON.parse(run('In discovery, quantify the cost of the customer\'s downtime before proposing anything',
      '--commitment', 'Send Acme a one-page downtime cost estimate', '--due', '2026-11-30')) as { warnings: unknown[] };
    expect(out.warnings).toEqual([]);
  });
});
