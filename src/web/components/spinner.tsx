type Props = { size?: 'sm' | 'lg' };

/** A decorative spinner: pair it with visible or screen-reader text saying what is loading. */
export function Spinner({ size = 'sm' }: Props) {
  return <span className={size === 'lg' ? 'spinner spinner-lg' : 'spinner'} aria-hidden="true" />;
}
