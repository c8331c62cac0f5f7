// What every entity writer receives: one transaction's client, the org, and where to
// report problems and progress.
import type pg from 'pg';
import type { ProblemSink } from '../../importers/import-plan.ts';
import type { BulkLoadMode } from './bulk-load.ts';

export type ImportContext = {
  client: pg.PoolClient;
  orgId: number;
  source: string;
  sink: ProblemSink;
  progress?: (entity: string, rows: number) => void;
  bulkLoad: BulkLoadMode;
};
