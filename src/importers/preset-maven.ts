// The Maven Analytics "CRM Sales Opportunities" layout (data/maven-crm/): one current stage
// per deal, no history, no create date. Repairs, each with ONE summary warning: 'GTXPro'
// -> 'GTX Pro'; lost deals' close_value 0 -> unknown (Maven zeroes them, and a stored 0
// would fake a 100 % value win rate); the 'technolgy' sector; deals without an account.
import type { OpportunityRecord } from '../core/crm/records.ts';
import type { ImportPlan, ProblemSink } from './import-plan.ts';
import { openTable, type Table } from './csv-table.ts';
import { requireFile, type ImportFolder } from './locate-files.ts';
import {
  ACCOUNT_COLUMNS, PRODUCT_COLUMNS, TEAM_COLUMNS, productKey, readMavenAccounts, readMavenPeople, readMavenProducts,
} from './maven-reference.ts';
import { checkCloseOrder, warnWonWithoutAmount } from './opportunity-checks.ts';
import { RepairTally } from './repair-tally.ts';
import { streamList, streamTable } from './record-stream.ts';
import { StageVocabulary, openStages } from './stage-vocabulary.ts';

type DealField = 'id' | 'agent' | 'product' | 'account' | 'stage' | 'engaged' | 'closed' | 'value';

const DEAL_COLUMNS = {
  id: { headers: ['opportunity_id'], required: "the deal's id" },
  agent: { headers: ['sales_agent'], required: "the deal's owner" },
  product: { headers: ['product'] },
  account: { headers: ['account'] },
  stage: { headers: ['deal_stage'], required: "the deal's stage" },
  engaged: { headers: ['engage_date'] },
  closed: { headers: ['close_date'] },
  value: { headers: ['close_value'] },
} as const;

export async function buildMavenPlan(folder: ImportFolder, sink: ProblemSink): Promise<ImportPlan> {
  const process = openStages(['Prospecting', 'Engaging']);
  const plan: ImportPlan = { source: 'maven', process };
  const found = {
    deals: requireFile(folder, ['sales_pipeline.csv'], sink, 'the deals'),
    teams: requireFile(folder, ['sales_teams.csv'], sink, 'the reps and their managers'),
    accounts: requireFile(folder, ['accounts.csv'], sink, 'the accounts deals refer to'),
    products: requireFile(folder, ['products.csv'], sink, 'the products deals refer to'),
  };
  const [deals, teams, accounts, products] = await Promise.all([
    found.deals && openTable({ ...found.deals, columns: DEAL_COLUMNS }, sink),
    found.teams && openTable({ ...found.teams, columns: TEAM_COLUMNS }, sink),
    found.accounts && openTable({ ...found.accounts, columns: ACCOUNT_COLUMNS }, sink),
    found.products && openTable({ ...found.products, columns: PRODUCT_COLUMNS }, sink),
  ]);
  if (teams) plan.people = streamList(await readMavenPeople(teams));
  const accountList = accounts ? await readMavenAccounts(accounts, sink) : [];
  const productList = products ? await readMavenProducts(products) : [];
  plan.accounts = streamList(accountList);
  plan.products = streamList(productList);
  if (deals) {
    const segments = new Map(accountList.map(({ record }) => [record.name, record.segment ?? null]));
    const productNames = new Map(productList.map(({ record }) => [productKey(record.name), record.name]));
    plan.opportunities = streamMavenDeals(deals, { segments, productNames }, sink);
  }
  return plan;
}

type Lookups = { segments: ReadonlyMap<string, string | null>; productNames: ReadonlyMap<string, string> };

function streamMavenDeals(table: Table<DealField>, lookups: Lookups, sink: ProblemSink) {
  const stages = new StageVocabulary();
  stages.add('Prospecting', { stageKey: 'prospecting', outcome: 'open' });
  stages.add('Engaging', { stageKey: 'engaging', outcome: 'open' });
  stages.add('Won', { stageKey: 'won', outcome: 'won' });
  stages.add('Lost', { stageKey: 'lost', outcome: 'lost' });
  return streamTable(table, () => {
    const file = table.file;
    const noAccount = new RepairTally(file, 'account', (n) => `${n} deals have no account; stored without one (they count in rep KPIs, not in account or segment views)`);
    const renamed = new RepairTally(file, 'product', (n) => `${n} deals name a product spelt differently from products.csv (e.g. GTXPro); matched ignoring spaces and case`);
    const lostZero = new RepairTally(file, 'close_value', (n) => `${n} lost deals have close_value 0; stored as unknown (Maven zeroes lost deals' values; 0 would fake a 100 % value win rate)`);
    return {
      map: (row): OpportunityRecord | null => {
        const externalId = row.text('id', "the deal's id");
        const ownerRef = row.text('agent', "the deal's owner");
        const stageWord = row.text('stage', "the deal's stage");
        const stage = stageWord === null ? null : stages.resolve(stageWord);
        if (stageWord !== null && stage === null) row.error('stage', stages.unknownMessage(stageWord));
        const productText = row.text('product');
        const productRef = productText === null ? null : (lookups.productNames.get(productKey(productText)) ?? productText);
        if (productText !== null && productRef !== productText) renamed.note(row.line, productText);
        const accountRef = row.text('account');
        const engaged = row.date('engaged', 'YYYY-MM-DD');
        const closed = row.date('closed', 'YYYY-MM-DD');
        let amount = row.amount('value');
        if (!externalId || !ownerRef || !stage || row.failed) return null;
        if (stage.outcome === 'lost' && amount === 0) {
          lostZero.note(row.line, row.raw('value'));
          amount = null;
        }
        if (accountRef === null) noAccount.note(row.line, null);
        const deal: OpportunityRecord = {
          externalId, name: `${productRef ?? 'No product'} · ${accountRef ?? 'No account'}`, ownerRef, accountRef, productRef,
          segment: accountRef === null ? null : (lookups.segments.get(accountRef) ?? null),
          amount, currency: null, stageKey: stage.stageKey, outcome: stage.outcome,
          createdAt: null, engagedAt: engaged?.date ?? null, expectedCloseAt: null, closedAt: closed?.date ?? null,
        };
        checkCloseOrder(row, { engagedAt: 'engaged', closedAt: 'closed' }, deal);
        warnWonWithoutAmount(row, 'value', deal);
        return deal;
      },
      finish: () => [noAccount, renamed, lostZero].forEach((tally) => tally.flush(sink)),
    };
  });
}
