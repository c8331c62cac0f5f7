// A live progress line on an interactive terminal (stderr): rows read per entity and the
// rate. Silent when stderr is not a terminal, so logs and pipes stay clean.
export type ProgressLine = { update: (entity: string, rows: number) => void; done: () => void };

export function createProgressLine(stream: NodeJS.WriteStream = process.stderr): ProgressLine | undefined {
  if (!stream.isTTY) return undefined;
  const started = Date.now();
  let last = 0;
  let shown = false;
  const width = 24;
  let spin = 0;
  return {
    update: (entity, rows) => {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const seconds = Math.max((now - started) / 1000, 0.001);
      spin = (spin + 1) % width;
      const bar = Array.from({ length: width }, (_, i) => (Math.abs(i - spin) < 3 ? '█' : '░')).join('');
      stream.write(`\r${bar} ${entity}: ${rows.toLocaleString('en-US')} rows (${Math.round(rows / seconds).toLocaleString('en-US')} rows/s)   `);
      shown = true;
    },
    done: () => {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
