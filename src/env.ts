// The only reader of process.env: validated once, at start-up.
import { z } from 'zod';

const Env = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL').optional(),
  COACHBOARD_DATA_DIR: z.string().min(1).default('.coachboard'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
});

export type AppEnvironment = z.infer<typeof Env>;

export function readEnvironment(source: NodeJS.ProcessEnv = process.env): AppEnvironment {
  const result = Env.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    COACHBOARD_DATA_DIR: source.COACHBOARD_DATA_DIR || undefined,
    PORT: source.PORT || undefined,
    HOST: source.HOST || undefined,
  });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`Invalid environment: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** The database to open: --db wins, then DATABASE_URL, then the embedded folder. */
export function databaseTarget(flag: string | undefined, env: AppEnvironment): string {
  return flag ?? env.DATABASE_URL ?? env.COACHBOARD_DATA_DIR;
}
