import { getTableName, sql } from 'drizzle-orm';
import { check, customType, numeric, timestamp, uuid, varchar, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const id = () => uuid('id').primaryKey().defaultRandom();

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const createdAt = () => timestamptz('created_at').notNull().defaultNow();

export const updatedAt = () =>
  timestamptz('updated_at')
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() });

/** Money is numeric(19,2) read and written as a decimal string, never a JS number. */
export const money = (name: string) => numeric(name, { precision: 19, scale: 2, mode: 'string' });

export const currency = () => varchar('currency', { length: 3 }).notNull().default('GBP');

export const countryCode = (name = 'country') => varchar(name, { length: 2 });

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const constraintName = (column: AnyPgColumn, suffix = 'check') => `${getTableName(column.table)}_${column.name}_${suffix}`;

/** A constant list of SQL string literals, for IN (...) in CHECKs and partial indexes. */
export const literals = (values: readonly string[]) =>
  sql.raw(values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', '));

export const checkIn = (column: AnyPgColumn, values: readonly string[]) =>
  check(constraintName(column), sql`${column} IN (${literals(values)})`);

export const checkNonNegative = (column: AnyPgColumn) => check(constraintName(column), sql`${column} >= 0`);

export const checkCurrency = (column: AnyPgColumn) => check(constraintName(column), sql`${column} ~ '^[A-Z]{3}$'`);

export const checkCountry = (column: AnyPgColumn) => check(constraintName(column), sql`${column} ~ '^[A-Z]{2}$'`);

/** Tokens are stored as the lower-case hex SHA-256 of the raw token, which is never stored. */
export const checkSha256Hex = (column: AnyPgColumn) => check(constraintName(column), sql`${column} ~ '^[0-9a-f]{64}$'`);
