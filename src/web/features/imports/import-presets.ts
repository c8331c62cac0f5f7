import type { Preset } from '../../../contract/api.ts';

/** The CSV layouts the importer understands (SPEC §4.1), with a line on when to pick each. */
export const importPresets: { value: Preset; label: string; explanation: string }[] = [
  { value: 'generic', label: 'Generic CSV', explanation: 'Coachboard’s own documented columns; add a mapping file to use any other headers.' },
  { value: 'salesforce', label: 'Salesforce', explanation: 'Opportunity, OpportunityHistory, User and Task/Event exports, with API field names as headers.' },
  { value: 'hubspot', label: 'HubSpot', explanation: 'Deals, owners and engagements exports from HubSpot.' },
  { value: 'maven', label: 'Maven CRM sample', explanation: 'The Maven Analytics CRM sample: sales-pipeline, sales-teams, accounts and products files.' },
];
