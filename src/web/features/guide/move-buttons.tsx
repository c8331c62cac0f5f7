// Move an item of a list up or down one place: two small buttons, usable from the keyboard.
type Props = { label: string; index: number; count: number; onMove: (delta: -1 | 1) => void; disabled: boolean };

export function MoveButtons({ label, index, count, onMove, disabled }: Props) {
  return (
    <span className="guide-move" role="group" aria-label={`Order of “${label}”`}>
      <button type="button" className="button button-ghost button-xs" disabled={disabled || index === 0}
        onClick={() => onMove(-1)} aria-label={`Move “${label}” up`} title="Move up">↑</button>
      <button type="button" className="button button-ghost button-xs" disabled={disabled || index === count - 1}
        onClick={() => onMove(1)} aria-label={`Move “${label}” down`} title="Move down">↓</button>
    </span>
  );
}
