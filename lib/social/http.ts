import { ConflictError } from '@/lib/errors';

export interface SocialRequest {
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Sent as application/x-www-form-urlencoded, as every OAuth token endpoint expects. */
  form?: Record<string, string>;
  json?: unknown;
}

/** One request to a platform, with a timeout; a refusal becomes a message the creator can act on. */
export async function socialRequest(label: string, url: string, init: SocialRequest): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  let body: string | undefined;
  if (init.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  } else if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  let response: Response;
  try {
    response = await fetch(url, { method: init.method, headers, body, signal: AbortSignal.timeout(15_000) });
  } catch (error) {
    console.error(`${label} request failed`, error);
    throw new ConflictError(`${label} could not be reached. Try again in a few minutes, or enter your stats by hand.`);
  }
  const text = await response.text();
  if (!response.ok) {
    // Tokens travel in query strings on some platforms: log the status and body, never the URL.
    console.error(`${label} answered ${response.status}`, text.slice(0, 2000));
    throw new ConflictError(
      `${label} did not accept the request (HTTP ${response.status}). Try again, or reconnect the account.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new ConflictError(`${label} answered with something other than a JSON object.`);
  return parsed as Record<string, unknown>;
}

export function withQuery(base: string, params: Record<string, string>): string {
  return `${base}?${new URLSearchParams(params).toString()}`;
}

export const bearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });
