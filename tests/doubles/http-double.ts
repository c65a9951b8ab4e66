import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { freePort } from '@/lib/embedded/free-port';

export interface RecordedRequest {
  method: string;
  /** Path with its query string, exactly as sent. */
  path: string;
  pathname: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The raw body text; form bodies are read with `formOf`. */
  body: string;
  /** The parsed body when it is JSON, otherwise undefined. */
  json: unknown;
}

export interface RecordedResponse {
  status: number;
  body: unknown;
}

export interface HttpDouble {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the answer to `METHOD /pathname` (e.g. to make the next call fail). */
  respond(route: string, response: RecordedResponse): void;
  close(): Promise<void>;
}

// Routes match on the pathname only, so a key carrying a query string could never match.
const routeKey = (route: string) => {
  if (route.includes('?')) throw new Error(`Route "${route}" must not include a query string`);
  return route;
};

const parseJson = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * A loopback stand-in for a third-party HTTP API. Records each request and answers `METHOD /pathname` (the query
 * string is recorded, not matched, since APIs carry fields and tokens in it) with the recorded response, or 404.
 */
export async function startHttpDouble(routes: Record<string, RecordedResponse>): Promise<HttpDouble> {
  const answers = new Map(Object.entries(routes).map(([route, answer]) => [routeKey(route), answer]));
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://double');
      const method = request.method ?? 'GET';
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method,
        path: request.url ?? '/',
        pathname: url.pathname,
        query: url.searchParams,
        headers: request.headers,
        body,
        json: parseJson(body),
      });
      const answer = answers.get(`${method} ${url.pathname}`) ?? { status: 404, body: { error: 'no recorded response' } };
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
    });
  });
  const port = await freePort();
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    respond: (route, answer) => answers.set(routeKey(route), answer),
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

export const formOf = (request: RecordedRequest | undefined) => Object.fromEntries(new URLSearchParams(request?.body ?? ''));
export const queryOf = (request: RecordedRequest | undefined) => Object.fromEntries(request?.query ?? []);
