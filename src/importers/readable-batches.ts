// Reads an object-mode stream in batches: everything buffered at once, then one await
// until more arrives. `for await` over a stream costs a promise per record; at a million
// records that is most of the import time.
import type { Readable } from 'node:stream';

export async function* readableBatches<T>(stream: Readable): AsyncGenerator<T[]> {
  let ended = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const resume = wake;
    wake = null;
    resume?.();
  };
  const onEnd = () => {
    ended = true;
    notify();
  };
  const onError = (error: unknown) => {
    failure ??= error;
    notify();
  };
  stream.on('readable', notify).on('end', onEnd).on('error', onError).on('close', onEnd);
  try {
    for (;;) {
      const batch: T[] = [];
      for (let item = stream.read() as T | null; item !== null; item = stream.read() as T | null) batch.push(item);
      // Read again after every yield: a 'readable' event may have fired meanwhile.
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (failure) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    stream.off('readable', notify).off('end', onEnd).off('error', onError).off('close', onEnd);
  }
}
