// Where the generic preset finds each entity: the mapping file's sections, or the default
// layout (documented in docs/import.md): one file per entity, named below, with column
// names equal to the record field names. Only the opportunities file is required.
import type { ColumnRule } from './csv-table.ts';
import type { MappingFile, SectionName, FieldOf } from './mapping-schema.ts';
import { SECTION_FIELDS } from './mapping-schema.ts';
import type { DateFormat } from './parse-date.ts';

export type SectionLayout = {
  file: string;
  columns: Partial<Record<string, string>>;
  dateFormat: DateFormat;
  /** True when the mapping file named this section (its file is then required). */
  fromMapping: boolean;
};

export type GenericLayout = {
  fromMapping: boolean;
  sections: Partial<Record<SectionName, SectionLayout>>;
  /** The mapping's opportunities.stages: source stage word -> open/won/lost/no_decision/stage. */
  stageWords: Readonly<Record<string, string>>;
  process: readonly string[] | null;
};

export const DEFAULT_FILES: Readonly<Record<SectionName, string>> = {
  opportunities: 'opportunities.csv', people: 'people.csv', accounts: 'accounts.csv', products: 'products.csv',
  stages: 'stages.csv', stageHistory: 'stage-history.csv', fieldHistory: 'field-history.csv',
  activities: 'activities.csv', quotas: 'quotas.csv', stakeholders: 'stakeholders.csv',
};

/** Required fields per section, with what they hold (used in "missing column" and "empty value" errors). */
export const REQUIRED: { readonly [S in SectionName]: Partial<Record<FieldOf<S>, string>> } = {
  opportunities: { externalId: "the deal's id", owner: "the deal's owner", stage: "the deal's stage" },
  people: { name: "the person's name" },
  accounts: { name: "the account's name" },
  products: { name: "the product's name" },
  stages: { name: "the stage's name" },
  stageHistory: { opportunity: "the deal's id", stage: 'the stage entered', enteredAt: 'the date the stage was entered' },
  fieldHistory: { opportunity: "the deal's id", field: 'the changed field', changedAt: 'the date of the change' },
  activities: { externalId: "the activity's id", owner: 'who did it', type: 'the kind of activity', occurredAt: 'when it happened' },
  quotas: { owner: "the quota's owner", periodStart: 'the period start', periodEnd: 'the period end', amount: 'the quota amount' },
  stakeholders: { opportunity: "the deal's id", name: "the stakeholder's name" },
};

export function defaultLayout(): GenericLayout {
  const sections: Partial<Record<SectionName, SectionLayout>> = {};
  for (const name of Object.keys(DEFAULT_FILES) as SectionName[]) {
    sections[name] = { file: DEFAULT_FILES[name], columns: {}, dateFormat: 'YYYY-MM-DD', fromMapping: false };
  }
  return { fromMapping: false, sections, stageWords: {}, process: null };
}

export function layoutFromMapping(mapping: MappingFile): GenericLayout {
  const fallbackFormat = mapping.dateFormat ?? mapping.opportunities.dateFormat ?? 'YYYY-MM-DD';
  const sections: Partial<Record<SectionName, SectionLayout>> = {};
  for (const name of Object.keys(SECTION_FIELDS) as SectionName[]) {
    const section = mapping[name];
    if (!section) continue;
    sections[name] = {
      file: section.file ?? DEFAULT_FILES[name],
      columns: { ...section.columns },
      dateFormat: section.dateFormat ?? fallbackFormat,
      fromMapping: true,
    };
  }
  return { fromMapping: true, sections, stageWords: mapping.opportunities.stages ?? {}, process: mapping.process ?? null };
}

/** Column rules for a section: mapped header names, else the field names themselves. */
export function columnRules<S extends SectionName>(name: S, layout: SectionLayout): Partial<Record<FieldOf<S>, ColumnRule>> {
  const required: Partial<Record<string, string>> = REQUIRED[name];
  const rules: Partial<Record<string, ColumnRule>> = {};
  for (const field of SECTION_FIELDS[name]) {
    const mapped = layout.columns[field];
    const rule: ColumnRule = { headers: [mapped ?? field], explicit: mapped !== undefined };
    const what = required[field];
    rules[field] = what ? { ...rule, required: what } : rule;
  }
  return rules as Partial<Record<FieldOf<S>, ColumnRule>>;
}
