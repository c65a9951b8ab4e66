import { createHmac, timingSafeEqual } from 'node:crypto';
import { ConflictError, UnauthorizedError } from '@/lib/errors';

export function hmacSha256Hex(secret: string, rawBody: string): string {
  return createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex');
}

/** Constant-time comparison of a hex HMAC-SHA256 signature of the raw body. */
export function assertHexSignature(secret: string | undefined, rawBody: string, signature: string | null): void {
  if (!secret) throw new UnauthorizedError('Webhook signing secret is not configured.');
  const expected = Buffer.from(hmacSha256Hex(secret, rawBody), 'hex');
  const given = /^[0-9a-f]{64}$/i.test(signature?.trim() ?? '') ? Buffer.from(signature!.trim(), 'hex') : null;
  if (!given || !timingSafeEqual(expected, given)) throw new UnauthorizedError('Invalid webhook signature.');
}

export function parseJsonObject(rawBody: string): unknown {
  try {
    return JSON.parse(rawBody);
  } catch {
    return undefined;
  }
}

/** One JSON request to a provider, with a timeout; a non-2xx answer becomes a message the brand can act on. */
export async function providerRequest(
  label: string,
  url: string,
  init: { method: 'POST' | 'GET'; headers: Record<string, string>; body?: unknown },
): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    console.error(`${label} request failed`, error);
    throw new ConflictError(`${label} could not be reached. Try again in a few minutes, or upload documents for manual review.`);
  }
  const text = await response.text();
  if (!response.ok) {
    console.error(`${label} answered ${response.status}`, text.slice(0, 2000));
    throw new ConflictError(
      `${label} did not accept the request (HTTP ${response.status}). Try again later, or upload documents for manual review.`,
    );
  }
  const body = parseJsonObject(text);
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new Error(`${label} answered with a body that is not a JSON object`);
  return body as Record<string, unknown>;
}
