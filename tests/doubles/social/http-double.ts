import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { freePort } from '@/lib/embedded/free-port';

export interface RecordedSocialRequest {
  method: string;
  /** Path with its query string, exactly as sent. */
  path: string;
  pathname: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The raw body; form bodies are read with `new URLSearchParams(body)`. */
  body: string;
}

export interface RecordedResponse {
  status: number;
  body: unknown;
}

export interface SocialApiDouble {
  url: string;
  requests: RecordedSocialRequest[];
  respond(route: string, response: RecordedResponse): void;
  close(): Promise<void>;
}

/**
 * A loopback stand-in for a social platform's API. Answers `METHOD /pathname` (the query string is recorded,
 * not matched, since platforms carry fields and tokens in it) with the recorded response, or 404.
 */
export async function startSocialApiDouble(routes: Record<string, RecordedResponse>): Promise<SocialApiDouble> {
  const answers = new Map(Object.entries(routes));
  const requests: RecordedSocialRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://double');
      const method = request.method ?? 'GET';
      requests.push({
        method,
        path: request.url ?? '/',
        pathname: url.pathname,
        query: url.searchParams,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
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
    respond: (route, answer) => answers.set(route, answer),
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

export const formOf = (request: RecordedSocialRequest | undefined) =>
  Object.fromEntries(new URLSearchParams(request?.body ?? ''));
export const queryOf = (request: RecordedSocialRequest | undefined) => Object.fromEntries(request?.query ?? []);
