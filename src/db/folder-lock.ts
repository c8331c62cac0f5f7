// An exclusive lock on the embedded database's folder. PGlite takes no lock of its own,
// and two processes writing one folder lose data (ADR 002). The lock is a file created
// with O_EXCL that records the holder's pid; a lock whose process is gone (kill -9) is
// stale and is taken over.
import { readFileSync, renameSync, unlinkSync, writeFileSync, linkSync } from 'node:fs';
import { join } from 'node:path';

export type LockHolder = { pid: number; purpose: string; since: string; url?: string };

export class FolderLockedError extends Error {
  constructor(readonly folder: string, readonly holder: LockHolder) {
    const where = holder.url ? ` at ${holder.url}` : '';
    super(
      `The database in ${folder} is in use by another Coachboard process (pid ${holder.pid}, ${holder.purpose}${where}, since ${holder.since}). ` +
      'Stop that process first, or use the running server through the web app or the HTTP API.',
    );
  }
}

export type FolderLock = { release: () => void; update: (patch: Partial<LockHolder>) => void };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

export function lockFolder(folder: string, purpose: string): FolderLock {
  const path = join(folder, 'coachboard.lock');
  let holder: LockHolder = { pid: process.pid, purpose, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(path, JSON.stringify(holder), { flag: 'wx' });
      return {
        release: () => {
          if (readHolder(path)?.pid === process.pid) unlinkSync(path);
        },
        update: (patch) => {
          holder = { ...holder, ...patch };
          writeFileSync(path, JSON.stringify(holder));
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readHolder(path);
    if (current && isAlive(current.pid) && current.pid !== process.pid) {
      throw new FolderLockedError(folder, current);
    }
    // Stale: move it aside under a name of our own, then check we moved the stale one and
    // not a fresh lock another process took in between (if so, put that one back).
    const aside = `${path}.stale-${process.pid}`;
    try {
      renameSync(path, aside);
    } catch {
      continue;
    }
    const moved = readHolder(aside);
    if (moved && isAlive(moved.pid) && moved.pid !== process.pid) {
      try { linkSync(aside, path); } catch { /* another lock exists now; it wins */ }
      unlinkSync(aside);
      throw new FolderLockedError(folder, moved);
    }
    unlinkSync(aside);
  }
  throw new Error(`Could not lock ${folder}: the lock file ${path} keeps changing.`);
}
