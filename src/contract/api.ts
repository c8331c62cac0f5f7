// The HTTP API's request and response shapes: one zod schema each, used by the server to
// validate and document (OpenAPI), and by the web app as types (`import type` only).
import { z } from '@hono/zod-openapi';

export const Role = z.enum(['admin', 'leader', 'manager', 'rep']);
export type Role = z.infer<typeof Role>;

export const ErrorBody = z.object({
  error: z.object({
    code: z.string().openapi({ example: 'not_found' }),
    message: z.string(),
    details: z.array(z.unknown()).optional(),
  }),
}).openapi('Error');

export const Page = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const CurrentUser = z.object({
  id: z.number().int(),
  email: z.string(),
  role: Role,
  personId: z.number().int().nullable(),
  name: z.string().nullable(),
  orgName: z.string(),
}).openapi('CurrentUser');
export type CurrentUser = z.infer<typeof CurrentUser>;

export const SessionBody = z.object({ user: CurrentUser, csrfToken: z.string() }).openapi('Session');
export type SessionBody = z.infer<typeof SessionBody>;

export const SignInRequest = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
}).openapi('SignInRequest');

export const SetupStatus = z.object({
  needsSetup: z.boolean(),
  orgName: z.string().nullable(),
  hasData: z.boolean(),
}).openapi('SetupStatus');
export type SetupStatus = z.infer<typeof SetupStatus>;

export const SetupRequest = z.object({
  orgName: z.string().trim().min(1).max(120),
  name: z.string().trim().min(1).max(120),
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(10, 'Use at least 10 characters').max(200),
}).openapi('SetupRequest');

export const DemoRequest = z.object({
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(42),
  reps: z.number().int().min(6).max(2000).default(60),
}).openapi('DemoRequest');

export const EntityCounts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });
export const ImportProblem = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;
export const ImportReport = z.object({
  dryRun: z.boolean(),
  counts: z.record(z.string(), EntityCounts),
  errors: z.array(ImportProblem),
  warnings: z.array(ImportProblem),
}).openapi('ImportReport');
export type ImportReport = z.infer<typeof ImportReport>;

export const DemoResult = ImportReport.extend({
  /** One password shared by every demo login, generated per load; null if nothing was loaded. */
  demoPassword: z.string().nullable(),
  logins: z.array(z.object({ email: z.string(), role: z.enum(['leader', 'manager', 'rep']), name: z.string() })),
}).openapi('DemoResult');
export type DemoResult = z.infer<typeof DemoResult>;

export const Preset = z.enum(['generic', 'salesforce', 'hubspot', 'maven']);
export type Preset = z.infer<typeof Preset>;

export const ImportRun = z.object({
  id: z.number().int(),
  preset: z.string(),
  source: z.string(),
  startedAt: z.string(),
  report: ImportReport,
}).openapi('ImportRun');

export const Person = z.object({
  id: z.number().int(),
  externalId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  role: z.enum(['rep', 'manager', 'leader']),
  managerId: z.number().int().nullable(),
  managerName: z.string().nullable(),
  team: z.string().nullable(),
  region: z.string().nullable(),
  active: z.boolean(),
  openDeals: z.number().int(),
  closedDeals: z.number().int(),
}).openapi('Person');
export type Person = z.infer<typeof Person>;

export const OrgTreeNode: z.ZodType<OrgTreeNodeType> = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(['rep', 'manager', 'leader']),
  region: z.string().nullable(),
  openDeals: z.number().int(),
  /** Open deals of this person and everyone under them. */
  teamOpenDeals: z.number().int(),
  // A getter makes the schema recursive (zod 4); the name gives OpenAPI a $ref to recurse on.
  get children(): z.ZodArray<z.ZodType<OrgTreeNodeType>> { return z.array(OrgTreeNode); },
}).openapi('OrgTreeNode');
export type OrgTreeNodeType = {
  id: number; name: string; role: 'rep' | 'manager' | 'leader'; region: string | null;
  openDeals: number; teamOpenDeals: number; children: OrgTreeNodeType[];
};

export const Stage = z.object({
  id: z.number().int(),
  key: z.string(),
  name: z.string(),
  position: z.number().int(),
  kind: z.enum(['open', 'won', 'lost', 'no_decision']),
}).openapi('Stage');
export type Stage = z.infer<typeof Stage>;

export const Outcome = z.enum(['open', 'won', 'lost', 'no_decision']);

export const DealQuery = Page.extend({
  owner: z.coerce.number().int().optional(),
  stage: z.string().optional(),
  outcome: Outcome.optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['amount', '-amount', 'closedAt', '-closedAt', 'name', '-name', 'createdAt', '-createdAt']).default('-amount'),
});

export const Deal = z.object({
  id: z.number().int(),
  externalId: z.string(),
  name: z.string(),
  ownerId: z.number().int(),
  ownerName: z.string(),
  accountName: z.string().nullable(),
  productName: z.string().nullable(),
  stageKey: z.string(),
  stageName: z.string(),
  outcome: Outcome,
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  createdAt: z.string().nullable(),
  engagedAt: z.string().nullable(),
  expectedCloseAt: z.string().nullable(),
  closedAt: z.string().nullable(),
}).openapi('Deal');
export type Deal = z.infer<typeof Deal>;

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), page: z.number().int(), pageSize: z.number().int(), total: z.number().int() });
}
export type PageOf<T> = { items: T[]; page: number; pageSize: number; total: number };

export const UserSummary = z.object({
  id: z.number().int(),
  email: z.string(),
  role: Role,
  personId: z.number().int().nullable(),
  personName: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
}).openapi('User');
export type UserSummary = z.infer<typeof UserSummary>;

export const CreateUserRequest = z.object({
  email: z.string().trim().toLowerCase().email(),
  role: Role,
  personId: z.number().int().nullable().default(null),
  password: z.string().min(10).max(200),
}).openapi('CreateUserRequest');

export const UpdateUserRequest = z.object({
  role: Role.optional(),
  disabled: z.boolean().optional(),
}).openapi('UpdateUserRequest');

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  detail: z.record(z.string(), z.unknown()),
}).openapi('AuditEntry');
