import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '@/db/client';

export const insertChunkSize = 1_000;

/** Multi-row INSERTs of at most `size` rows, well inside PostgreSQL's 65,535 bind parameters per statement. */
export async function insertInChunks<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly PgInsertValue<T>[],
  size = insertChunkSize,
): Promise<number> {
  for (let start = 0; start < rows.length; start += size) {
    await db.insert(table).values(rows.slice(start, start + size));
  }
  return rows.length;
}
