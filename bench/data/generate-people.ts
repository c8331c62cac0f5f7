// people.csv for the benchmark: 10 leaders, 200 managers under them, 2,000 reps under the
// managers (10 each), so every deal owner and every manager reference resolves.
import type { CsvFileWriter } from './csv-file-writer.ts';
import type { SeededRandom } from './seeded-random.ts';

export const PEOPLE_HEADER = ['externalId', 'name', 'role', 'manager', 'email', 'region'] as const;
export const REPS = 2_000;
const MANAGERS = 200;
const LEADERS = 10;
const REGIONS = ['North America', 'Latin America', 'EMEA North', 'EMEA South', 'APAC'];
const FIRST = ['Ana', 'Ben', 'Chloe', 'Dev', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivan', 'Jade', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya'];
const LAST = ['Smith', 'Garcia', 'Chen', 'Okafor', 'Müller', 'Rossi', 'Silva', 'Kim', 'Novak', 'Dubois', 'Khan', 'Tanaka'];

const id = (prefix: string, n: number, width: number) => `${prefix}-${String(n).padStart(width, '0')}`;

export async function writePeople(out: CsvFileWriter, random: SeededRandom): Promise<void> {
  const name = (n: number) => `${FIRST[random.int(0, FIRST.length - 1)]} ${LAST[random.int(0, LAST.length - 1)]} ${n}`;
  const row = (externalId: string, n: number, role: string, manager: string, region: string) =>
    out.line([externalId, name(n), role, manager, `${externalId.toLowerCase()}@example.com`, region].join(','));
  for (let l = 1; l <= LEADERS; l += 1) await row(id('LEAD', l, 2), l, 'leader', '', REGIONS[(l - 1) % REGIONS.length]!);
  for (let m = 1; m <= MANAGERS; m += 1) {
    const leader = 1 + ((m - 1) % LEADERS);
    await row(id('MGR', m, 3), m, 'manager', id('LEAD', leader, 2), REGIONS[(leader - 1) % REGIONS.length]!);
  }
  for (let r = 1; r <= REPS; r += 1) {
    const manager = 1 + Math.floor((r - 1) / (REPS / MANAGERS));
    const leader = 1 + ((manager - 1) % LEADERS);
    await row(id('REP', r, 4), r, 'rep', id('MGR', manager, 3), REGIONS[(leader - 1) % REGIONS.length]!);
  }
}
