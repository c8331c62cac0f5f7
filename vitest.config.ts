import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts'],
    exclude: ['node_modules', 'dist', 'tmp'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file starts its own embedded database; two cores, so keep parallelism modest.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
