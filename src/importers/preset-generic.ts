// The generic preset: a mapping file (--map, or mapping.json in the folder, which our own
// exporter writes) or the default layout (docs/import.md). A single CSV file given as the
// input is the opportunities file.
import { stat } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { ImportPlan, ProblemSink } from './import-plan.ts';
import { openTable, type Table } from './csv-table.ts';
import { streamGenericActivities, streamGenericQuotas, streamGenericStakeholders } from './generic-activities.ts';
import { rawGenericStageHistory, streamGenericFieldHistory, streamGenericStageHistory } from './generic-history.ts';
import { columnRules, defaultLayout, layoutFromMapping, type GenericLayout } from './generic-layout.ts';
import { deriveNamedRecords } from './derive-named-records.ts';
import { rawGenericOpportunities, streamGenericOpportunities } from './generic-opportunities.ts';
import { streamGenericPeople } from './generic-people.ts';
import { streamGenericAccounts, streamGenericProducts } from './generic-reference.ts';
import { buildGenericStages } from './generic-stages.ts';
import { loadMapping } from './load-mapping.ts';
import { findFile, listFolder, type ImportFolder } from './locate-files.ts';
import type { FieldOf, SectionName } from './mapping-schema.ts';

type Tables = { [S in SectionName]?: Table<FieldOf<S>> };

export async function buildGenericPlan(
  folder: ImportFolder, single: string | null, mapPath: string | null, sink: ProblemSink,
): Promise<ImportPlan> {
  const empty: ImportPlan = { source: 'generic', process: [] };
  const listing = single ? await listFolder(folder.path) : folder;
  const mappingPath = mapPath ?? (single ? null : findFile(listing, ['mapping.json'])?.path ?? null);
  const mapping = mappingPath ? await loadMapping(mappingPath, sink) : null;
  if (mappingPath && !mapping) return empty;
  const layout = mapping ? layoutFromMapping(mapping) : defaultLayout();
  const tables = await openTables(layout, listing, single, sink);
  const { process, vocabulary } = await buildGenericStages(
    { stageWords: layout.stageWords, process: layout.process, mappingFile: mappingPath && basename(mappingPath) },
    tables.stages ?? null, sink,
  );
  const plan: ImportPlan = { source: 'generic', process };
  const format = (section: SectionName) => layout.sections[section]?.dateFormat ?? 'YYYY-MM-DD';
  const deals = tables.opportunities;
  if (!deals) return plan;
  plan.opportunities = streamGenericOpportunities(deals, vocabulary, format('opportunities'), sink);
  plan.opportunitiesRaw = rawGenericOpportunities(deals, vocabulary, format('opportunities'), sink);
  if (!deals.has('amount')) {
    sink.warning({ file: deals.file, line: 1, column: null, value: null, message: 'no amount column: every deal is stored with its amount unknown' });
  }
  if (tables.people) plan.people = streamGenericPeople(tables.people, format('people'));
  else {
    plan.createUnknownOwners = true;
    sink.warning({
      file: deals.file, line: null, column: null, value: null,
      message: 'no people file: owners are created as reps from the owner column, with no manager or email',
    });
  }
  const named = deriveNamedRecords(deals, ['account', 'product']);
  if (tables.accounts) plan.accounts = streamGenericAccounts(tables.accounts);
  else if (deals.has('account')) plan.accounts = named('account');
  if (tables.products) plan.products = streamGenericProducts(tables.products);
  else if (deals.has('product')) plan.products = named('product');
  if (tables.stageHistory) {
    plan.stageHistory = streamGenericStageHistory(tables.stageHistory, vocabulary, format('stageHistory'));
    plan.stageHistoryRaw = rawGenericStageHistory(tables.stageHistory, vocabulary, format('stageHistory'));
  }
  if (tables.fieldHistory) plan.fieldHistory = streamGenericFieldHistory(tables.fieldHistory, vocabulary, format('fieldHistory'));
  if (tables.activities) plan.activities = streamGenericActivities(tables.activities, format('activities'));
  if (tables.quotas) plan.quotas = streamGenericQuotas(tables.quotas, format('quotas'));
  if (tables.stakeholders) plan.stakeholders = streamGenericStakeholders(tables.stakeholders, format('stakeholders'));
  return plan;
}

async function openTables(layout: GenericLayout, listing: ImportFolder, single: string | null, sink: ProblemSink): Promise<Tables> {
  const tables: Tables = {};
  for (const [name, section] of Object.entries(layout.sections) as [SectionName, NonNullable<GenericLayout['sections'][SectionName]>][]) {
    // A single file without a mapping is the opportunities file and nothing else.
    if (single && name !== 'opportunities' && !layout.fromMapping) continue;
    const found = name === 'opportunities' && single
      ? { path: join(listing.path, single), file: single }
      : await locate(listing, section.file);
    if (!found) {
      if (name === 'opportunities' || section.fromMapping) {
        sink.error({
          file: section.file, line: null, column: null, value: null,
          message: `missing required file: expected ${section.file} in ${listing.path} (the ${name} file${section.fromMapping ? ' named in the mapping' : ''})`,
        });
      }
      continue;
    }
    const table = await openTable({ ...found, columns: columnRules(name, section), warnUnusedHeaders: !layout.fromMapping }, sink);
    if (table) (tables as Record<string, unknown>)[name] = table;
  }
  return tables;
}

/** A bare name is looked up ignoring case; a path is taken relative to the import folder. */
async function locate(listing: ImportFolder, name: string): Promise<{ path: string; file: string } | null> {
  if (!isAbsolute(name) && !name.includes('/') && !name.includes('\\')) return findFile(listing, [name]);
  const path = resolve(listing.path, name);
  try {
    return (await stat(path)).isFile() ? { path, file: name } : null;
  } catch {
    return null;
  }
}
