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

/** A fault for the next request to a route: an error answer, or the object made and the connection dropped. */
export type StripeFault = StripeAnswer | 'drop-after-create';

export interface StripeDouble {
  host: '127.0.0.1';
  port: number;
  protocol: 'http';
  requests: StripeRequest[];
  /** Replaces the answer to `METHOD /v1/path` (exact path, e.g. to make the next refund fail). */
  respond(route: string, answer: StripeAnswer): void;
  /** Queues faults for the next requests to `METHOD /v1/path`, one per request. */
  failNext(route: string, ...faults: StripeFault[]): void;
  /** Runs `work` (once) when the next request to `METHOD /v1/path` arrives, before it is answered: a call in flight. */
  whileInFlight(route: string, work: () => Promise<unknown>): void;
  /**
   * Runs `work` (once) when the next request to `METHOD /v1/path` has been answered by Stripe (the object made) but
   * before the answer reaches the caller: e.g. the object's webhook arrives before the API's answer.
   */
  whileAnswering(route: string, work: () => Promise<unknown>): void;
  /** Transfers and refunds made so far, one per idempotency key, as Stripe would hold them. */
  created: { transfers: Record<string, unknown>[]; refunds: Record<string, unknown>[] };
  /** Forgets requests, saved answers, made objects and queued faults, as a fresh Stripe account would. */
  reset(): void;
  /** Drops queued faults and in-flight work, keeping saved answers and made objects. */
  clearFaults(): void;
  /** Forgets the answers saved per idempotency key, as Stripe does after about 24 hours; made objects stay. */
  forgetIdempotencyKeys(): void;
  /**
   * Makes refunds of `paymentIntent` follow its charge, as Stripe's do: refused once they would exceed `amountMinor`
   * less what was refunded (by the API or outside it), and while the charge is disputed or its dispute was lost.
   */
  registerCharge(paymentIntent: string, amountMinor: number): void;
  /** A refund made outside the API (the Dashboard) on a registered charge; returns the charge's amount_refunded. */
  refundOutside(paymentIntent: string, amountMinor: number): number;
  /** The state of the card dispute on a registered charge. */
  disputeCharge(paymentIntent: string, state: 'open' | 'won' | 'lost'): void;
  /** Stripe's amount_refunded of a charge: refunds made through the API plus those made outside it. */
  amountRefunded(paymentIntent: string): number;
  close(): Promise<void>;
}

const ok = (body: unknown): StripeAnswer => ({ status: 200, body });

const routes: [string, RegExp, Answer][] = [
  ['POST', /^\/v1\/checkout\/sessions$/, (r) => ok(recorded.checkoutSessionCreated(r.body))],
  ['POST', /^\/v1\/payment_intents\/([^/]+)\/capture$/, (_r, m) => ok(recorded.paymentIntentCaptured(m[1]!))],
  ['GET', /^\/v1\/payment_intents\/([^/]+)$/, (_r, m) => ok(recorded.paymentIntentObject(m[1]!))],
  ['POST', /^\/v1\/payment_intents\/([^/]+)\/cancel$/, (r, m) => ok(recorded.paymentIntentCanceled(m[1]!, r.body))],
  ['POST', /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/, (_r, m) => ok(recorded.checkoutSessionExpired(m[1]!))],
  ['POST', /^\/v1\/transfers$/, (r) => ok(recorded.transferCreated(r.body))],
  ['POST', /^\/v1\/refunds$/, (r) => ok(recorded.refundCreated(r.body))],
  ['POST', /^\/v1\/accounts$/, (r) => ok(recorded.accountCreated(r.body))],
  ['POST', /^\/v1\/account_links$/, (r) => ok(recorded.accountLinkCreated(r.body))],
  ['GET', /^\/v1\/accounts\/([^/]+)$/, (_r, m) => ok(recorded.accountObject(m[1]!))],
  ['GET', /^\/v1\/charges$/, (r) => ok(recorded.list('/v1/charges', [recorded.chargeInGroup(String(r.query.transfer_group))]))],
  // Stripe lists no refunds of a PaymentIntent that has none (listMade answers when some were made).
  ['GET', /^\/v1\/refunds$/, (r) => ok(recorded.list(r.path, []))],
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

/** Stripe refuses a key reused with other parameters. */
const idempotencyMismatch = (key: string): StripeAnswer => ({
  status: 400,
  body: recorded.stripeError(
    'idempotency_error',
    `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
  ),
});

/** Transfers and refunds get an id per object, as Stripe gives them; the first keeps the recorded id. */
function withOwnId(answer: StripeAnswer, made: Record<string, unknown>[]): StripeAnswer {
  const body = answer.body as Record<string, unknown>;
  const id = made.length === 0 ? body.id : `${String(body.id)}_${made.length + 1}`;
  const object = { ...body, id };
  made.push(object);
  return { status: answer.status, body: object };
}

interface ChargeState {
  amount: number;
  refundedOutside: number;
  dispute: 'open' | 'won' | 'lost' | null;
}

const refundedThroughApi = (made: Record<string, unknown>[], paymentIntent: string) =>
  made.filter((refund) => refund.payment_intent === paymentIntent).reduce((sum, refund) => sum + Number(refund.amount), 0);

/** Stripe's refusal of a refund its charge cannot take, if any. */
function refundRefusal(request: StripeRequest, charge: ChargeState | undefined, made: Record<string, unknown>[]) {
  if (!charge) return undefined;
  const paymentIntent = String(request.body.payment_intent);
  if (charge.dispute === 'open' || charge.dispute === 'lost')
    return {
      status: 400,
      body: recorded.stripeError(
        'invalid_request_error',
        `Charge for ${paymentIntent} has been charged back; cannot issue a refund.`,
        {
          code: 'charge_disputed',
        },
      ),
    };
  const left = charge.amount - charge.refundedOutside - refundedThroughApi(made, paymentIntent);
  const amount = request.body.amount === undefined ? left : Number(request.body.amount);
  if (amount > left)
    return {
      status: 400,
      body: recorded.stripeError(
        'invalid_request_error',
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
        {
          code: 'amount_too_large',
          param: 'amount',
        },
      ),
    };
  return undefined;
}

/** Lists what was made in a transfer group or for a PaymentIntent, or the recorded object when nothing was. */
function listMade(request: StripeRequest, made: Record<string, unknown>[], field: string): StripeAnswer | undefined {
  const wanted = request.query[field];
  const matching = made.filter((object) => object[field] === wanted);
  return matching.length ? ok(recorded.list(request.path, matching)) : undefined;
}

/** Stripe refuses a request whose idempotency key another request is still using. */
const idempotencyInProgress = (key: string): StripeAnswer => ({
  status: 409,
  body: recorded.stripeError(
    'idempotency_error',
    `There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ${key}. Please try again later.`,
  ),
});

export interface StripeDoubleOptions {
  /**
   * Idempotency as Stripe keeps it under concurrency and refusals: a request whose key another request is still
   * using gets 409, and a refusal queued with failNext (4xx) is kept for its key like any other answer, so a retry
   * with that key is refused again. Off by default.
   */
  strictIdempotency?: boolean;
}

/**
 * A loopback stand-in for api.stripe.com that the real SDK talks to via its host/port/protocol settings. Like Stripe,
 * it replays the saved answer to a POST repeated with the same idempotency key.
 */
export async function startStripeDouble(options: StripeDoubleOptions = {}): Promise<StripeDouble> {
  const inProgress = new Set<string>();
  const overrides = new Map<string, StripeAnswer>();
  const faults = new Map<string, StripeFault[]>();
  const inFlight = new Map<string, () => Promise<unknown>>();
  const answering = new Map<string, () => Promise<unknown>>();
  const replays = new Map<string, { body: string; answer: StripeAnswer }>();
  const created = { transfers: [] as Record<string, unknown>[], refunds: [] as Record<string, unknown>[] };
  const requests: StripeRequest[] = [];
  const charges = new Map<string, ChargeState>();
  const chargeOf = (paymentIntent: string) => {
    const charge = charges.get(paymentIntent);
    if (!charge) throw new Error(`The Stripe double has no charge registered for ${paymentIntent}.`);
    return charge;
  };

  const answer = (request: StripeRequest): StripeAnswer => {
    const routeKey = `${request.method} ${request.path}`;
    const listed =
      routeKey === 'GET /v1/transfers'
        ? listMade(request, created.transfers, 'transfer_group')
        : routeKey === 'GET /v1/refunds'
          ? listMade(request, created.refunds, 'payment_intent')
          : undefined;
    const base = overrides.get(routeKey) ?? listed ?? route(request);
    if (base.status !== 200 || request.method !== 'POST') return base;
    if (routeKey === 'POST /v1/transfers') return withOwnId(base, created.transfers);
    if (routeKey === 'POST /v1/refunds')
      return (
        refundRefusal(request, charges.get(String(request.body.payment_intent)), created.refunds) ??
        withOwnId(base, created.refunds)
      );
    return base;
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
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
      const routeKey = `${recordedRequest.method} ${recordedRequest.path}`;
      const replayKey = recordedRequest.idempotencyKey ? `${routeKey} ${recordedRequest.idempotencyKey}` : undefined;
      const strictKey = options.strictIdempotency ? replayKey : undefined;
      const reply = (result: StripeAnswer) => {
        response.writeHead(result.status, { 'content-type': 'application/json', 'request-id': `req_${requests.length}` });
        response.end(JSON.stringify(result.body));
      };
      if (strictKey && inProgress.has(strictKey)) return reply(idempotencyInProgress(recordedRequest.idempotencyKey!));
      if (strictKey) inProgress.add(strictKey);
      try {
        const work = inFlight.get(routeKey);
        if (work) {
          inFlight.delete(routeKey);
          await work();
        }
        const fault = faults.get(routeKey)?.shift();
        const body = JSON.stringify(recordedRequest.body);
        const saved = replayKey ? replays.get(replayKey) : undefined;
        let result = saved && (saved.body === body ? saved.answer : idempotencyMismatch(recordedRequest.idempotencyKey!));
        if (!result && fault && fault !== 'drop-after-create') {
          result = fault;
          if (strictKey && result.status < 500) replays.set(strictKey, { body, answer: result });
        } else if (!result) {
          result = answer(recordedRequest);
          if (replayKey && result.status < 500) replays.set(replayKey, { body, answer: result });
        }
        const afterwards = answering.get(routeKey);
        if (afterwards) {
          answering.delete(routeKey);
          await afterwards();
        }
        if (fault === 'drop-after-create') {
          response.socket?.destroy();
          return;
        }
        reply(result);
      } finally {
        if (strictKey) inProgress.delete(strictKey);
      }
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    host: '127.0.0.1',
    port: (server.address() as AddressInfo).port,
    protocol: 'http',
    requests,
    created,
    respond: (routeKey, answered) => overrides.set(routeKey, answered),
    failNext: (routeKey, ...queued) => faults.set(routeKey, [...(faults.get(routeKey) ?? []), ...queued]),
    whileInFlight: (routeKey, work) => inFlight.set(routeKey, work),
    whileAnswering: (routeKey, work) => answering.set(routeKey, work),
    reset: () => {
      requests.length = 0;
      created.transfers.length = 0;
      created.refunds.length = 0;
      for (const map of [overrides, faults, inFlight, answering, replays, charges]) map.clear();
    },
    forgetIdempotencyKeys: () => replays.clear(),
    clearFaults: () => {
      faults.clear();
      inFlight.clear();
      answering.clear();
    },
    registerCharge: (paymentIntent, amountMinor) =>
      charges.set(paymentIntent, { amount: amountMinor, refundedOutside: 0, dispute: null }),
    refundOutside: (paymentIntent, amountMinor) => {
      chargeOf(paymentIntent).refundedOutside += amountMinor;
      return chargeOf(paymentIntent).refundedOutside + refundedThroughApi(created.refunds, paymentIntent);
    },
    disputeCharge: (paymentIntent, state) => {
      chargeOf(paymentIntent).dispute = state;
    },
    amountRefunded: (paymentIntent) =>
      (charges.get(paymentIntent)?.refundedOutside ?? 0) + refundedThroughApi(created.refunds, paymentIntent),
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
