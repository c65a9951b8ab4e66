import { describe, expect, it } from 'vitest';
import { correlationIdFrom } from './correlation';
import { requestMetaFrom } from './request-meta';

describe('request metadata', () => {
  it('keeps an incoming UUID correlation id and replaces anything else', () => {
    const incoming = '5F0C2A1E-8B7D-4C3A-9E2F-1A2B3C4D5E6F';
    expect(correlationIdFrom(incoming)).toBe(incoming.toLowerCase());
    const generated = correlationIdFrom("'; drop table audit_logs; --");
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
    expect(correlationIdFrom(null)).not.toBe(generated);
  });

  it('takes the first forwarded address and drops values that are not IP addresses', () => {
    const meta = requestMetaFrom(new Headers({ 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'user-agent': 'UA' }));
    expect(meta).toMatchObject({ ip: '203.0.113.7', userAgent: 'UA' });
    expect(requestMetaFrom(new Headers({ 'x-forwarded-for': 'not-an-ip' })).ip).toBeNull();
    expect(requestMetaFrom(new Headers({ 'x-real-ip': '::1' })).ip).toBe('::1');
  });
});
