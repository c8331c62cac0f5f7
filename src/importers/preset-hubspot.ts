// HubSpot CRM exports in a folder: a deals export (required; a file whose name contains
// "deal"), an owners or users export and an activities (engagements) export (optional).
// Exports are named by HubSpot after the view ("hubspot-crm-exports-all-deals-2024-...").
import { join } from 'node:path';
import type { ImportPlan, ProblemSink } from './import-plan.ts';
import { openTable } from './csv-table.ts';
import { deriveNamedRecords } from './derive-named-records.ts';
import { ACTIVITY_COLUMNS, OWNER_COLUMNS, streamHubspotActivities, streamHubspotOwners } from './hubspot-activities.ts';
import { DEAL_COLUMNS, streamHubspotDeals } from './hubspot-deals.ts';
import { scanHubspotStages } from './hubspot-stages.ts';
import type { ImportFolder } from './locate-files.ts';

const CSV = /\.(csv|tsv|txt)$/i;
const PATTERNS = { deals: /deal/i, owners: /owner|user/i, activities: /activit|engagement|call|meeting/i } as const;

export async function buildHubspotPlan(folder: ImportFolder, single: string | null, sink: ProblemSink): Promise<ImportPlan> {
  const pick = (pattern: RegExp, except: string | null) => {
    const name = folder.names.find((candidate) => CSV.test(candidate) && pattern.test(candidate) && candidate !== except);
    return name ? { path: join(folder.path, name), file: name } : null;
  };
  const dealsFile = single ? { path: join(folder.path, single), file: single } : pick(PATTERNS.deals, null);
  if (!dealsFile) {
    sink.error({
      file: 'deals', line: null, column: null, value: null,
      message: `missing required file: expected a HubSpot deals export (a .csv file whose name contains "deal") in ${folder.path}`,
    });
  }
  const ownersFile = single ? null : pick(PATTERNS.owners, dealsFile?.file ?? null);
  const activitiesFile = single ? null : pick(PATTERNS.activities, dealsFile?.file ?? null);
  const deals = dealsFile ? await openTable({ ...dealsFile, columns: DEAL_COLUMNS }, sink) : null;
  const owners = ownersFile ? await openTable({ ...ownersFile, columns: OWNER_COLUMNS }, sink) : null;
  const activities = activitiesFile ? await openTable({ ...activitiesFile, columns: ACTIVITY_COLUMNS }, sink) : null;

  const { process, vocabulary } = await scanHubspotStages(deals, sink);
  const plan: ImportPlan = { source: 'hubspot', process };
  if (!deals) return plan;
  plan.opportunities = streamHubspotDeals(deals, vocabulary);
  if (owners) plan.people = streamHubspotOwners(owners);
  else {
    plan.createUnknownOwners = true;
    sink.warning({
      file: deals.file, line: null, column: null, value: null,
      message: 'no owners export: owners are created as reps from the deal owner column, with no email or team',
    });
  }
  // HubSpot deals name their company; there is no company file to read, so each distinct
  // company name becomes an account.
  if (deals.has('account')) plan.accounts = deriveNamedRecords(deals, ['account'])('account');
  if (activities) plan.activities = streamHubspotActivities(activities, sink);
  return plan;
}
