/** Grey placeholder cards while an analysis loads (analyses can take a second on big orgs). */
export function AnalyticsSkeleton({ label, cards = 3 }: { label: string; cards?: number }) {
  return (
    <div role="status" aria-live="polite" className="stack">
      <span className="sr-only">{label}</span>
      {Array.from({ length: cards }, (_, index) => (
        <div key={index} className="card card-body skeleton-card" aria-hidden="true">
          <span className="skeleton" style={{ width: '30%' }} />
          <span className="skeleton" style={{ width: '80%' }} />
          <span className="skeleton" style={{ width: '65%' }} />
        </div>
      ))}
    </div>
  );
}
