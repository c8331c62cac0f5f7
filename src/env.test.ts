import { describe, expect, it } from 'vitest';
import { databaseTarget, readEnvironment } from './env.ts';

describe('environment', () => {
  it('defaults to the embedded folder on port 3000', () => {
    const env = readEnvironment({});
    expect(env).toEqual({ COACHBOARD_DATA_DIR: '.coachboard', PORT: 3000, HOST: '127.0.0.1' });
    expect(databaseTarget(undefined, env)).toBe('.coachboard');
  });

  it('selects PostgreSQL with DATABASE_URL, and --db wins over both', () => {
    const env = readEnvironment({ DATABASE_URL: 'postgres://u@h/db' });
    expect(databaseTarget(undefined, env)).toBe('postgres://u@h/db');
    expect(databaseTarget('/data/cb', env)).toBe('/data/cb');
  });

  it('rejects a DATABASE_URL that is not PostgreSQL and a bad port, naming the variable', () => {
    expect(() => readEnvironment({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => readEnvironment({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
