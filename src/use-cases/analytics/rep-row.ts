// The API's view of one rep's analysis (src/contract/analytics.ts RepRow).
import type { RepRow } from '../../contract/analytics.ts';
import type { RepWithProcess } from './list-reps.ts';

export function toRepRow(rep: RepWithProcess): RepRow {
  return {
    id: rep.id, externalId: rep.externalId, name: rep.name, managerId: rep.managerId, managerName: rep.managerName,
    hiredAt: rep.hiredAt, segment: rep.segment.segment, segmentReason: rep.segment.reason,
    quadrant: rep.process.quadrant, quadrantAdvice: rep.process.advice, processScore: rep.process.processScore,
    attainment: rep.attainment.value, attainmentBasis: rep.attainment.basis, quota: rep.attainment.quota, kpis: rep.kpis,
  };
}
