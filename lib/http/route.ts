import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import type { Ctx } from '@/lib/context';
import { db } from '@/db/client';
import { DomainError, httpStatusOf } from '@/lib/errors';
import { requestMetaFrom } from './request-meta';

/**
 * The one wrapper for route handlers: parses the query or body with zod, builds the ctx,
 * and maps typed errors to JSON with the right status. Routes that need a session check it
 * in `handler` through the same domain functions the actions use.
 */
export function route<S extends z.ZodType>(
  schema: S,
  source: 'query' | 'json' | 'text',
  handler: (input: z.infer<S>, ctx: Ctx, request: NextRequest) => Promise<Response>,
) {
  return async (request: NextRequest): Promise<Response> => {
    const raw =
      source === 'query'
        ? queryToObject(request.nextUrl.searchParams)
        : source === 'json'
          ? await request.json().catch(() => undefined)
          : await request.text();
    const parsed = schema.safeParse(raw);
    if (!parsed.success)
      return NextResponse.json({ error: 'Invalid request.', issues: z.flattenError(parsed.error) }, { status: 400 });
    try {
      return await handler(parsed.data, { db: db(), actor: null, request: requestMetaFrom(request.headers) }, request);
    } catch (error) {
      if (error instanceof DomainError) return NextResponse.json({ error: error.message }, { status: httpStatusOf[error.code] });
      console.error('route failed', error);
      return NextResponse.json({ error: 'Internal error.' }, { status: 500 });
    }
  };
}

/** Query parameters as an object; a key given several times (`?status=a&status=b`) becomes an array. */
export function queryToObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length > 1 ? values : values[0]!;
  }
  return result;
}
