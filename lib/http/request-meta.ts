import { headers } from 'next/headers';
import { isIP } from 'node:net';
import type { RequestMeta } from '@/lib/context';
import { correlationHeader, correlationIdFrom } from './correlation';

export function requestMetaFrom(source: Headers): RequestMeta {
  const forwarded = source.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || source.get('x-real-ip') || '';
  return {
    ip: isIP(ip) ? ip : null,
    userAgent: source.get('user-agent'),
    correlationId: correlationIdFrom(source.get(correlationHeader)),
  };
}

export async function requestMeta(): Promise<RequestMeta> {
  return requestMetaFrom(await headers());
}
