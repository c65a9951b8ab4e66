import { sql } from 'drizzle-orm';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { clickhouse } from '@/lib/clickhouse/client';
import { route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** Liveness of the web server and both databases; used by the e2e web server check. */
export const GET = route(z.object({}), 'query', async (_input, ctx) => {
  const started = performance.now();
  await ctx.db.execute(sql`select 1`);
  const postgresMs = performance.now() - started;
  await clickhouse().ping();
  return NextResponse.json({ ok: true, postgresMs: Math.round(postgresMs * 10) / 10 });
});
