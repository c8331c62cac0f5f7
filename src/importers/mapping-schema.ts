// The mapping file of the generic preset (SPEC §4.1), extended with optional sections for
// people, accounts, products, a stages file and stakeholders. Objects are strict, so that
// a misspelt key ("colums") is an error naming its JSON path instead of being ignored.
import { z } from 'zod';
import { DATE_FORMATS } from './parse-date.ts';

export const OPPORTUNITY_FIELDS = [
  'externalId', 'name', 'owner', 'account', 'segment', 'product', 'stage', 'amount', 'currency',
  'createdAt', 'engagedAt', 'expectedCloseAt', 'closedAt', 'lossReason',
] as const;
export const PEOPLE_FIELDS = ['externalId', 'name', 'role', 'manager', 'email', 'title', 'team', 'region', 'hiredAt', 'active'] as const;
export const ACCOUNT_FIELDS = ['externalId', 'name', 'segment', 'industry', 'employees', 'sizeBand', 'region'] as const;
export const PRODUCT_FIELDS = ['externalId', 'name', 'series', 'listPrice'] as const;
export const STAGE_FIELDS = ['key', 'name', 'position', 'kind', 'expectedDays'] as const;
export const STAGE_HISTORY_FIELDS = ['opportunity', 'stage', 'enteredAt'] as const;
export const FIELD_HISTORY_FIELDS = ['opportunity', 'field', 'oldValue', 'newValue', 'changedAt'] as const;
export const ACTIVITY_FIELDS = ['externalId', 'owner', 'opportunity', 'type', 'occurredAt', 'durationMin', 'connected'] as const;
export const QUOTA_FIELDS = ['owner', 'periodStart', 'periodEnd', 'amount'] as const;
export const STAKEHOLDER_FIELDS = ['opportunity', 'name', 'role', 'influence', 'stance', 'engagedAt'] as const;

/** Every section of the layout, with its fields: the shape shared by the mapping and the default layout. */
export const SECTION_FIELDS = {
  opportunities: OPPORTUNITY_FIELDS, people: PEOPLE_FIELDS, accounts: ACCOUNT_FIELDS, products: PRODUCT_FIELDS,
  stages: STAGE_FIELDS, stageHistory: STAGE_HISTORY_FIELDS, fieldHistory: FIELD_HISTORY_FIELDS,
  activities: ACTIVITY_FIELDS, quotas: QUOTA_FIELDS, stakeholders: STAKEHOLDER_FIELDS,
} as const;
export type SectionName = keyof typeof SECTION_FIELDS;
export type FieldOf<S extends SectionName> = (typeof SECTION_FIELDS)[S][number];

const DateFormat = z.enum(DATE_FORMATS);
const HeaderName = z.string().trim().min(1, 'expected a column name');
const FileName = z.string().trim().min(1, 'expected a file name');

function columnsOf<const K extends readonly string[]>(fields: K) {
  const shape = Object.fromEntries(fields.map((field) => [field, HeaderName.optional()]));
  return z.strictObject(shape as { [P in K[number]]: z.ZodOptional<typeof HeaderName> });
}

function sectionOf<const K extends readonly string[]>(fields: K) {
  return z.strictObject({ file: FileName, columns: columnsOf(fields).optional(), dateFormat: DateFormat.optional() });
}

export const MappingFile = z.strictObject({
  opportunities: z.strictObject({
    // Optional: a single CSV given on the command line is the opportunities file.
    file: FileName.optional(),
    columns: columnsOf(OPPORTUNITY_FIELDS).optional(),
    stages: z.record(z.string(), z.string().trim().min(1, 'expected open, won, lost, no_decision or a stage of the process')).optional(),
    dateFormat: DateFormat.optional(),
  }),
  process: z.array(z.string().trim().min(1, 'expected a stage name')).optional(),
  /** Default date format of every file (each section's own dateFormat wins). */
  dateFormat: DateFormat.optional(),
  people: sectionOf(PEOPLE_FIELDS).optional(),
  accounts: sectionOf(ACCOUNT_FIELDS).optional(),
  products: sectionOf(PRODUCT_FIELDS).optional(),
  stages: sectionOf(STAGE_FIELDS).optional(),
  stageHistory: sectionOf(STAGE_HISTORY_FIELDS).optional(),
  fieldHistory: sectionOf(FIELD_HISTORY_FIELDS).optional(),
  activities: sectionOf(ACTIVITY_FIELDS).optional(),
  quotas: sectionOf(QUOTA_FIELDS).optional(),
  stakeholders: sectionOf(STAKEHOLDER_FIELDS).optional(),
});
export type MappingFile = z.infer<typeof MappingFile>;
