import type { CoCreationSession } from '../../../contract/cocreation.ts';

type Thinking = CoCreationSession['openingThinking'];

const levelWords = { not_started: 'Not started', narrow: 'Narrow', opening: 'Opening up', open: 'Open' } as const;

/** How widely the session has looked: ideas, lenses used of 9, and the warnings (live, read out politely). */
export function OpeningThinkingMeter({ thinking }: { thinking: Thinking }) {
  const discountWarning = thinking.warnings.find((w) => w.code === 'all_discount');
  const others = thinking.warnings.filter((w) => w.code !== 'all_discount' && w.code !== 'none_chosen');
  return (
    <section className="thinking" aria-labelledby="thinking-title" data-level={thinking.level}>
      <div className="thinking-head">
        <h3 id="thinking-title">Opening thinking</h3>
        <span className="thinking-level">{levelWords[thinking.level]}</span>
      </div>
      <div className="thinking-figures" aria-live="polite">
        <p><strong className="numeric" data-testid="idea-count">{thinking.ideas}</strong> {thinking.ideas === 1 ? 'idea' : 'ideas'}</p>
        <p>
          <strong className="numeric" data-testid="lens-count">{thinking.lensesUsed}</strong> of {thinking.lensesTotal} lenses used
        </p>
        <div className="lens-dots" aria-hidden="true">
          {Array.from({ length: thinking.lensesTotal }, (_, i) => <span key={i} data-on={i < thinking.lensesUsed} />)}
        </div>
      </div>
      <p className="thinking-reading">{thinking.reading}</p>
      <div aria-live="polite">
        {discountWarning !== undefined && (
          <p className="thinking-warning" data-code="all_discount"><strong>Every idea is a discount.</strong> {discountWarning.text}</p>
        )}
        {others.map((w) => <p key={w.code} className="thinking-note" data-code={w.code}>{w.text}</p>)}
      </div>
    </section>
  );
}
