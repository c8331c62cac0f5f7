// What every entity writer receives: one transaction's client, the org, and where to
// report problems and progress.
import type pg from 'pg';
import type { ProblemSink } from '../../importers/import-plan.ts';
import type { BulkLoadMode } from './bulk-load.ts';
import type { CopyInto } from '../copy-into.ts';

export type ImportContext = {
  client: pg.PoolClient;
  orgId: number;
  source: string;
  sink: ProblemSink;
  progress?: (entity: string, rows: number) => void;
  bulkLoad: BulkLoadMode;
  /** COPY on this engine, when the pool has it (ADR 015); otherwise rows are staged by INSERT. */
  copyInto?: CopyInto;
};
