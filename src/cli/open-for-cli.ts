// Opens the database for a CLI command and always closes it; a locked embedded folder
// gives the lock's clear message instead of a stack trace.
import { openDatabase, type Database } from '../db/client.ts';
import { databaseTarget, readEnvironment } from '../env.ts';

export async function withDatabase<T>(dbFlag: string | undefined, purpose: string, work: (db: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(databaseTarget(dbFlag, readEnvironment()), purpose);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
