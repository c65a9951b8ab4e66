import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { freePort } from '@/lib/embedded/free-port';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface RecordedResponse {
  status: number;
  body: unknown;
}

export interface HttpDouble {
  url: string;
  requests: RecordedRequest[];
  /** Replaces the answer to `METHOD /path` (e.g. to make the next call fail). */
  respond(route: string, response: RecordedResponse): void;
  close(): Promise<void>;
}

/**
 * A local stand-in for a third-party HTTP API: records each request (method, path, headers, JSON body) and
 * answers with the recorded response for `METHOD /path`, or 404 when none is set.
 */
export async function startHttpDouble(routes: Record<string, RecordedResponse>): Promise<HttpDouble> {
  const answers = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {}
      const path = request.url ?? '/';
      requests.push({ method: request.method ?? 'GET', path, headers: request.headers, body });
      const answer = answers.get(`${request.method} ${path}`) ?? { status: 404, body: { error: 'no recorded response' } };
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
