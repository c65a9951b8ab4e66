import { createClient, type ClickHouseClient } from '@clickhouse/client';
import { createChdbConnection } from 'chdb/connection';
import { join, resolve } from 'node:path';
import { env } from '@/lib/config/env';

type ClientOptions = NonNullable<Parameters<typeof createClient>[0]>;

const clickhouseSettings = {
  // 64-bit integers come back as strings on both chdb and a server; callers parse them with zod.
  output_format_json_quote_64bit_integers: 1,
  date_time_input_format: 'best_effort',
} as const;

export type ClickhouseTarget = { url: string } | { chdbPath: string };

export function createClickhouse(target: ClickhouseTarget): ClickHouseClient {
  if ('url' in target) {
    return createClient({ url: target.url, clickhouse_settings: clickhouseSettings });
  }
  // chdb implements the client's Connection contract against its own copy of @clickhouse/client-common's types.
  const connection = createChdbConnection({ path: target.chdbPath }) as unknown as ClientOptions['connection'];
  return createClient({
    connection,
    clickhouse_settings: clickhouseSettings,
  });
}

export function defaultClickhouseTarget(): ClickhouseTarget {
  const { CLICKHOUSE_URL, PACTLY_DATA_DIR } = env();
  return CLICKHOUSE_URL ? { url: CLICKHOUSE_URL } : { chdbPath: resolve(join(PACTLY_DATA_DIR, 'clickhouse')) };
}

// chdb runs one engine per process, so the launcher and the Next.js bundle must share one client.
const globalKey = Symbol.for('pactly.clickhouse');
type GlobalWithClickhouse = typeof globalThis & { [globalKey]?: ClickHouseClient };

export function clickhouse(): ClickHouseClient {
  const holder = globalThis as GlobalWithClickhouse;
  holder[globalKey] ??= createClickhouse(defaultClickhouseTarget());
  return holder[globalKey];
}

export function shareClickhouse(client: ClickHouseClient) {
  (globalThis as GlobalWithClickhouse)[globalKey] = client;
}
