import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A database handle or an open transaction: domain functions accept either. */
export type Executor = Database | Transaction;

export interface DatabaseConnection {
  db: Database;
  sql: postgres.Sql;
}

export function connectDatabase(url: string, options: { max?: number } = {}): DatabaseConnection {
  const sql = postgres(url, { max: options.max ?? 10, onnotice: () => {}, connection: { application_name: 'pactly' } });
  return { sql, db: drizzle(sql, { schema }) };
}

// One pool per process, shared by the launcher and the Next.js bundle and kept across dev reloads.
const globalKey = Symbol.for('pactly.database');
type GlobalWithDatabase = typeof globalThis & { [globalKey]?: DatabaseConnection };

export function database(): DatabaseConnection {
  const holder = globalThis as GlobalWithDatabase;
  if (!holder[globalKey]) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides one.');
    holder[globalKey] = connectDatabase(url);
  }
  return holder[globalKey];
}

export function db(): Database {
  return database().db;
}
