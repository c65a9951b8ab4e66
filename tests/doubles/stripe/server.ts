import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as recorded from './responses';

export type FormValue = string | FormValue[] | { [key: string]: FormValue };

export interface StripeRequest {
  method: string;
  /** The path without the query string, e.g. /v1/payment_intents/pi_123/capture. */
  path: string;
  /** Query string (GET) parsed like the body. */
  query: Record<string, FormValue>;
  /** The application/x-www-form-urlencoded body with Stripe's bracket keys made nested (a[b][0]=x → {a:{b:['x']}}). */
  body: Record<string, FormValue>;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
  headers: IncomingHttpHeaders;
}

export interface StripeAnswer {
  status: number;
  body: unknown;
}

type Answer = (request: StripeRequest, match: RegExpMatchArray) => StripeAnswer;

export interface StripeDouble {
  host: '127.0.0.1';
  port: number;
  protocol: 'http';
  requests: StripeRequest[];
  /** Replaces the answer to `METHOD /v1/path` (exact path, e.g. to make the next refund fail). */
  respond(route: string, answer: StripeAnswer): void;
  close(): Promise<void>;
}

const ok = (body: unknown): StripeAnswer => ({ status: 200, body });

const routes: [string, RegExp, Answer][] = [
  ['POST', /^\/v1\/checkout\/sessions$/, (r) => ok(recorded.checkoutSessionCreated(r.body))],
  ['POST', /^\/v1\/payment_intents\/([^/]+)\/capture$/, (_r, m) => ok(recorded.paymentIntentCaptured(m[1]!))],
  ['POST', /^\/v1\/transfers$/, (r) => ok(recorded.transferCreated(r.body))],
  ['POST', /^\/v1\/refunds$/, (r) => ok(recorded.refundCreated(r.body))],
  ['POST', /^\/v1\/accounts$/, (r) => ok(recorded.accountCreated(r.body))],
  ['POST', /^\/v1\/account_links$/, (r) => ok(recorded.accountLinkCreated(r.body))],
  ['GET', /^\/v1\/accounts\/([^/]+)$/, (_r, m) => ok(recorded.accountObject(m[1]!))],
  ['GET', /^\/v1\/charges$/, (r) => ok(recorded.list('/v1/charges', [recorded.chargeInGroup(String(r.query.transfer_group))]))],
  [
    'GET',
    /^\/v1\/transfers$/,
    (r) => ok(recorded.list('/v1/transfers', [recorded.transferInGroup(String(r.query.transfer_group))])),
  ],
];

function isIndexKeyed(node: Record<string, FormValue>): boolean {
  const keys = Object.keys(node);
  return keys.length > 0 && keys.every((key, index) => key === String(index));
}

function arraysFromIndexKeys(node: FormValue): FormValue {
  if (typeof node === 'string' || Array.isArray(node)) return node;
  const converted = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, arraysFromIndexKeys(value)]));
  return isIndexKeyed(converted) ? Object.values(converted) : converted;
}

/** Parses Stripe's form encoding (qs-style bracket keys) into nested objects and arrays. */
export function parseStripeForm(encoded: string): Record<string, FormValue> {
  const root: Record<string, FormValue> = {};
  for (const [key, value] of new URLSearchParams(encoded)) {
    const parts = key.replace(/\]/g, '').split('[');
    let node = root as Record<string, FormValue>;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, FormValue>;
    });
  }
  return arraysFromIndexKeys(root) as Record<string, FormValue>;
}

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** A loopback stand-in for api.stripe.com that the real SDK talks to via its host/port/protocol settings. */
export async function startStripeDouble(): Promise<StripeDouble> {
  const overrides = new Map<string, StripeAnswer>();
  const requests: StripeRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const recordedRequest: StripeRequest = {
        method: request.method ?? 'GET',
        path: url.pathname,
        query: parseStripeForm(url.search.slice(1)),
        body: parseStripeForm(Buffer.concat(chunks).toString('utf8')),
        idempotencyKey: headerValue(request.headers['idempotency-key']),
        authorization: headerValue(request.headers.authorization),
        headers: request.headers,
      };
      requests.push(recordedRequest);
      const answer = overrides.get(`${recordedRequest.method} ${recordedRequest.path}`) ?? route(recordedRequest);
      response.writeHead(answer.status, { 'content-type': 'application/json', 'request-id': `req_${requests.length}` });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    host: '127.0.0.1',
    port: (server.address() as AddressInfo).port,
    protocol: 'http',
    requests,
    respond: (routeKey, answer) => overrides.set(routeKey, answer),
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

function route(request: StripeRequest): StripeAnswer {
  for (const [method, pattern, answer] of routes) {
    const match = request.method === method ? request.path.match(pattern) : null;
    if (match) return answer(request, match);
  }
  return {
    status: 404,
    body: recorded.stripeError('invalid_request_error', `Unrecognized request URL (${request.method}: ${request.path}).`),
  };
}
