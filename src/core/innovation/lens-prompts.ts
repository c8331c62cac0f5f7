// The nine lenses with their prompts for an obstacle category: the general prompts, then
// those fitted to the category (SPEC §4.10). Without a category, the general prompts only.
import type { Lens, ObstacleCategory } from './innovation-terms.ts';
import { LENS_DEFINITIONS } from './lenses.ts';
import { COMPETING_PRIORITY_PROMPTS } from './prompts/competing-priority-prompts.ts';
import { OTHER_PROMPTS } from './prompts/other-prompts.ts';
import { PRICE_BUDGET_PROMPTS } from './prompts/price-budget-prompts.ts';
import { RISK_COMPLIANCE_PROMPTS } from './prompts/risk-compliance-prompts.ts';
import { STAKEHOLDER_RESISTANCE_PROMPTS } from './prompts/stakeholder-resistance-prompts.ts';
import { STATUS_QUO_PROMPTS } from './prompts/status-quo-prompts.ts';
import { TECHNICAL_FIT_PROMPTS } from './prompts/technical-fit-prompts.ts';
import { TIMING_PROMPTS } from './prompts/timing-prompts.ts';

export const FITTED_PROMPTS: Record<ObstacleCategory, Record<Lens, readonly string[]>> = {
  price_budget: PRICE_BUDGET_PROMPTS,
  status_quo: STATUS_QUO_PROMPTS,
  competing_priority: COMPETING_PRIORITY_PROMPTS,
  stakeholder_resistance: STAKEHOLDER_RESISTANCE_PROMPTS,
  risk_compliance: RISK_COMPLIANCE_PROMPTS,
  timing: TIMING_PROMPTS,
  technical_fit: TECHNICAL_FIT_PROMPTS,
  other: OTHER_PROMPTS,
};

export type LensPrompts = { lens: Lens; name: string; summary: string; prompts: string[] };

export function lensPrompts(category: ObstacleCategory | null): LensPrompts[] {
  return LENS_DEFINITIONS.map(({ lens, name, summary, general }) => ({
    lens, name, summary,
    prompts: [...general, ...(category ? FITTED_PROMPTS[category][lens] : [])],
  }));
}

export const lensName = (lens: Lens): string => LENS_DEFINITIONS.find((d) => d.lens === lens)!.name;
