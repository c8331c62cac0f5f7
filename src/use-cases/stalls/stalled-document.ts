// The `coachboard stalled --json` document, exactly as SPEC §3.1 / docs/cli.md fix it.
import type { StallReport } from '../../core/stalls/detect-stalls.ts';

export type StalledDocument = {
  asOf: string;
  deals: { externalId: string; name: string; owner: string; stage: string | null; amount: number | null; signals: { code: string; text: string }[] }[];
  notEvaluated: { code: string; reason: string }[];
};

export function stalledDocument(report: StallReport): StalledDocument {
  return {
    asOf: report.asOf,
    deals: report.stalled.map(({ deal, signals }) => ({
      externalId: deal.externalId,
      name: deal.name,
      owner: deal.ownerName,
      stage: deal.stageName,
      amount: deal.amount,
      signals: signals.map(({ code, text }) => ({ code, text })),
    })),
    notEvaluated: report.notEvaluated.map(({ code, reason }) => ({ code, reason })),
  };
}
