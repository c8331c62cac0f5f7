// The raw baseline's tables: one per CSV file, the file's columns in order, typed like
// the data (text, numeric, date, timestamp), with no keys, indexes or constraints, so that
// loading them measures the engine's bulk-load speed and nothing else.
export type RawTable = { file: 'people' | 'opportunities' | 'stageHistory'; table: string; ddl: string };

export const RAW_TABLES: readonly RawTable[] = [
  {
    file: 'people',
    table: 'raw_people',
    ddl: `CREATE TABLE raw_people (external_id text, name text, role text, manager text, email text, region text)`,
  },
  {
    file: 'opportunities',
    table: 'raw_opportunities',
    ddl: `CREATE TABLE raw_opportunities (external_id text, name text, owner text, account text, product text,
            stage text, amount numeric, currency text, created_at date, engaged_at date, expected_close_at date,
            closed_at date, loss_reason text)`,
  },
  {
    file: 'stageHistory',
    table: 'raw_stage_history',
    ddl: `CREATE TABLE raw_stage_history (opportunity text, stage text, entered_at timestamp)`,
  },
];
