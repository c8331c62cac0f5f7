// A stage's two figures: conversion to the next stage against its benchmark, and time in stage.
import type { GuideStage } from './guide-types.ts';

const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)} %`);

export function StageKpis({ stage }: { stage: GuideStage }) {
  const { conversion, daysInStage } = stage.kpis;
  const conversionBasis = conversion.basis === 'target'
    ? `target${conversion.median !== null ? `; median ${pct(conversion.median)}` : ''}`
    : conversion.basis === 'median' ? `median of ${conversion.medianReps} reps` : 'no data yet';
  const days = daysInStage.expected ?? (daysInStage.median === null ? null : Math.round(daysInStage.median));
  const daysBasis = daysInStage.expected !== null
    ? `expected${daysInStage.median !== null ? `; median ${Math.round(daysInStage.median)}` : ''}`
    : daysInStage.median !== null ? `median of ${daysInStage.entries} deals` : 'no data yet';
  return (
    <dl className="guide-kpis">
      <div><dt>Converts to {conversion.nextStageName}</dt><dd>{pct(conversion.benchmark)} <span className="small">{conversionBasis}</span></dd></div>
      <div><dt>Time in stage</dt><dd>{days === null ? '—' : `${days} days`} <span className="small">{daysBasis}</span></dd></div>
    </dl>
  );
}
