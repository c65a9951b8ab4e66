import { seedAnchor } from './time';

// Building blocks of the scale seed's set-based SQL. Every generated value is a pure function of a row's
// index (through hashtext), so a slice can be generated on its own and the same index always yields the same row.
// Subqueries end in OFFSET 0 so PostgreSQL computes each value once per row instead of inlining the expression
// everywhere it is used.

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;
export const textArray = (values: readonly string[]) => `ARRAY[${values.map(quote).join(', ')}]::text[]`;

/** A pseudo-random integer in [0, modulo) from a text key expression. */
export const rnd = (key: string, modulo: number) => `(abs(hashtext(${key})::bigint) % ${modulo})`;

/** A deterministic UUID (version 4 layout) from a text key; ClickHouse rebuilds the same one (see scale-metrics). */
export const keyedUuid = (key: string) =>
  `(select (substr(h, 1, 12) || '4' || substr(h, 14, 3) || substr('89ab', (strpos('0123456789abcdef', substr(h, 17, 1)) - 1) % 4 + 1, 1) || substr(h, 18, 15))::uuid from md5(${key}) as m(h))`;

export const anchorSql = `'${seedAnchor.toISOString()}'::timestamptz`;
export const days = (expression: string) => `(${expression}) * interval '1 day'`;

/**
 * A deterministic UUID in version 7 layout whose leading 48 bits grow with `index`: rows generated in index order
 * append to the right edge of every index on the column instead of dirtying random pages of it (a large share of
 * the bulk load's WAL otherwise).
 */
export const orderedUuid = (index: string, key: string) =>
  `(select (lpad(to_hex(${seedAnchor.getTime()}::bigint + ${index}), 12, '0') || '7' || substr(h, 1, 3) || substr('89ab', (strpos('0123456789abcdef', substr(h, 4, 1)) - 1) % 4 + 1, 1) || substr(h, 5, 15))::uuid from md5(${key}) as m(h))`;

export const scaleUserId = (index: string) => orderedUuid(index, `'pactly-scale:user:' || ${index}`);
export const scaleProfileId = (index: string) => orderedUuid(index, `'pactly-scale:profile:' || ${index}`);
export const scaleOrganizationId = (index: string) => keyedUuid(`'pactly-scale:organization:' || ${index}`);
export const scaleCampaignKey = 'pactly-scale:campaign:';
export const scaleCampaignId = (index: string) => keyedUuid(`'${scaleCampaignKey}' || ${index}`);

export const pick = (values: readonly string[], key: string) => `(${textArray(values)})[1 + ${rnd(key, values.length)}]`;
