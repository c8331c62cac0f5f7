// Where the third-party datasets live (../shared beside the repo), and whether they are there.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
export const MAVEN_DIR = `${SHARED_DATA}maven-crm`;
export const SALESFORCE_DIR = `${SHARED_DATA}salesforce-sample`;

export const hasMaven = existsSync(`${MAVEN_DIR}/sales_pipeline.csv`);
export const hasSalesforce = existsSync(`${SALESFORCE_DIR}/Opportunity.csv`);

if (!hasMaven || !hasSalesforce) {
  console.warn(`[tests] ../shared/data is absent (${SHARED_DATA}): the tests on the Maven and Salesforce datasets are skipped.`);
}
