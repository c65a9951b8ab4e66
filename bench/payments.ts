import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { and, count, eq, sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import Stripe from 'stripe';
import { database, type Database } from '@/db/client';
import { migratePostgres } from '@/db/migrate';
import { campaigns, contracts, ledgerEntries, offers, organizations, payments, users } from '@/db/schema';
import { freePort } from '@/lib/embedded/free-port';
import { startEmbeddedPostgres } from '@/lib/embedded/postgres';
import {
  demoCheckoutCompleted,
  demoIds,
  demoPaymentAuthorized,
  demoPaymentSucceeded,
  type DemoPayment,
} from '@/lib/payments/demo-events';
import { escrowBalances } from '@/lib/payments/ledger';
import { stripeWebhookHandler } from '@/lib/payments/webhooks/receive';

/**
 * Stripe webhook application on fresh embedded PostgreSQL, through the real route handler (signature verification,
 * event recording, handlers): per payment checkout.session.completed, payment_intent.amount_capturable_updated and
 * payment_intent.succeeded. Measures a batch applied sequentially, the same events delivered again (duplicates, no-ops)
 * and a fresh batch applied by 8 concurrent workers (each walks one payment's events in order), then the median of 20
 * escrowBalances runs for the organization holding every payment. Payments are spread over 10 campaigns, so captures
 * contend on a few budget rows as a busy brand's would. Prints figures; asserts nothing.
 * Run: npx tsx bench/payments.ts [--payments 500]
 */
const secret = 'whsec_pactly_bench';
const concurrency = 8;
const campaignCount = 10;
const amount = '125.50';

interface Timed {
  label: string;
  events: number;
  totalMs: number;
  latencies: number[];
  results: Map<string, number>;
}

async function createPayments(db: Database, organizationId: string, campaignIds: string[], n: number) {
  const creators = await db
    .insert(users)
    .values(
      Array.from({ length: n }, () => ({ email: `creator-${crypto.randomUUID()}@bench.test`, role: 'influencer' as const })),
    )
    .returning({ id: users.id });
  const offerRows = await db
    .insert(offers)
    .values(
      creators.map((creator, index) => ({
        campaignId: campaignIds[index % campaignIds.length]!,
        influencerId: creator.id,
        organizationId,
        price: amount,
        currency: 'GBP',
        status: 'accepted' as const,
        acceptedAt: new Date(),
      })),
    )
    .returning({ id: offers.id, campaignId: offers.campaignId, influencerId: offers.influencerId });
  const contractRows = await db
    .insert(contracts)
    .values(
      offerRows.map((offer) => ({
        campaignId: offer.campaignId,
        offerId: offer.id,
        influencerId: offer.influencerId,
        organizationId,
        status: 'signed' as const,
        content: { offer: { price: amount, currency: 'GBP' } },
        signedAt: new Date(),
      })),
    )
    .returning({ id: contracts.id, campaignId: contracts.campaignId, influencerId: contracts.influencerId });
  const rows = contractRows.map((contract) => {
    const id = crypto.randomUUID();
    return {
      id,
      campaignId: contract.campaignId,
      contractId: contract.id,
      payerId: organizationId,
      payeeId: contract.influencerId,
      amount,
      currency: 'GBP',
      gateway: 'stripe' as const,
      status: 'pending' as const,
      milestoneIndex: 0,
      stripePaymentId: demoIds.checkoutSession(id),
      metadata: { payment_id: id },
    };
  });
  await db.insert(payments).values(rows);
  return rows.map((row): DemoPayment => ({ paymentId: row.id, amount, currency: 'GBP', contractId: row.contractId }));
}

/** The three events of one payment, as JSON bodies in delivery order. */
const eventsOf = (payment: DemoPayment) =>
  [demoCheckoutCompleted(payment), demoPaymentAuthorized(payment), demoPaymentSucceeded(payment)].map((event) =>
    JSON.stringify(event),
  );

const handler = stripeWebhookHandler();

/** One delivery, signed just before it (as Stripe signs each attempt); only the handler call is timed. */
async function deliver(payload: string, into: Timed) {
  const headers = new Headers({
    'content-type': 'application/json',
    'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret }),
  });
  const request = new NextRequest('http://localhost/api/webhooks/stripe', { method: 'POST', body: payload, headers });
  const started = performance.now();
  const response = await handler(request);
  const body = (await response.json()) as { result?: string };
  into.latencies.push(performance.now() - started);
  const key = `${response.status} ${body.result ?? 'error'}`;
  into.results.set(key, (into.results.get(key) ?? 0) + 1);
}

async function measure(label: string, batches: string[][], workers: number): Promise<Timed> {
  const timed: Timed = { label, events: 0, totalMs: 0, latencies: [], results: new Map() };
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        for (const payload of batch) await deliver(payload, timed);
      }
    }),
  );
  timed.totalMs = performance.now() - started;
  timed.events = timed.latencies.length;
  return timed;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

function printTable(rows: Timed[]) {
  const header = ['run', 'events', 'total s', 'events/s', 'p50 ms', 'p95 ms', 'max ms', 'responses'];
  const lines = rows.map((row) => {
    const sorted = [...row.latencies].sort((a, b) => a - b);
    return [
      row.label,
      String(row.events),
      (row.totalMs / 1000).toFixed(2),
      ((row.events * 1000) / row.totalMs).toFixed(0),
      percentile(sorted, 0.5).toFixed(2),
      percentile(sorted, 0.95).toFixed(2),
      sorted[sorted.length - 1]!.toFixed(2),
      [...row.results].map(([key, n]) => `${key} ×${n}`).join(', '),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 || column === 7 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

async function main() {
  const { values } = parseArgs({ options: { payments: { type: 'string', default: '500' } } });
  const n = Number(values.payments);
  const folder = mkdtempSync(join(tmpdir(), 'pactly-bench-'));
  const postgres = await startEmbeddedPostgres({ dataDir: folder, port: await freePort(), database: 'bench' });
  // The route uses the app's database and reads the secret from the environment, as in production.
  process.env.DATABASE_URL = postgres.url;
  process.env.STRIPE_WEBHOOK_SECRET = secret;
  const connection = database();
  try {
    await migratePostgres(connection);
    const { db } = connection;
    const [organization] = await db
      .insert(organizations)
      .values({ name: 'Bench Brand', slug: 'bench-brand', country: 'GB' })
      .returning({ id: organizations.id });
    const campaignRows = await db
      .insert(campaigns)
      .values(
        Array.from({ length: campaignCount }, (_, index) => ({
          organizationId: organization!.id,
          title: `Bench campaign ${index + 1}`,
          status: 'published' as const,
          currency: 'GBP',
          budgetMax: '10000000.00',
        })),
      )
      .returning({ id: campaigns.id });
    const campaignIds = campaignRows.map((row) => row.id);
    const started = performance.now();
    const sequential = await createPayments(db, organization!.id, campaignIds, n);
    const concurrent = await createPayments(db, organization!.id, campaignIds, n);
    console.log(
      `created ${2 * n} pending payments (2 batches × ${n}, ${campaignCount} campaigns, one organization) in ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );

    const sequentialEvents = sequential.map(eventsOf);
    const rows: Timed[] = [];
    rows.push(await measure('sequential', sequentialEvents, 1));
    rows.push(await measure('duplicates (same events again)', sequentialEvents, 1));
    rows.push(await measure(`concurrent ×${concurrency} (fresh batch)`, concurrent.map(eventsOf), concurrency));
    printTable(rows);

    const timings: number[] = [];
    let balances = await escrowBalances(db, { organizationId: organization!.id });
    for (let run = 0; run < 20; run += 1) {
      const begun = performance.now();
      balances = await escrowBalances(db, { organizationId: organization!.id });
      timings.push(performance.now() - begun);
    }
    timings.sort((a, b) => a - b);
    console.log(
      `\nescrowBalances(organization with ${2 * n} captured payments): median ${timings[10]!.toFixed(2)} ms ` +
        `over 20 runs; ${JSON.stringify(balances)}`,
    );

    const [captures] = await db
      .select({ n: count(), sum: sql<string>`coalesce(sum(${ledgerEntries.amount}), 0)::text` })
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.organizationId, organization!.id), eq(ledgerEntries.kind, 'capture')));
    const [budget] = await db
      .select({ spent: sql<string>`coalesce(sum(${campaigns.budgetSpent}), 0)::text` })
      .from(campaigns)
      .where(eq(campaigns.organizationId, organization!.id));
    const [expected] = await db
      .select({ sum: sql<string>`coalesce(sum(${payments.amount}), 0)::text` })
      .from(payments)
      .where(eq(payments.payerId, organization!.id));
    console.log(
      `check: ledger capture entries = ${captures!.n} (payments: ${2 * n}); captured sum ${captures!.sum} ` +
        `(payments total ${expected!.sum}); budget_spent sum ${budget!.spent} ` +
        `(${budget!.spent === captures!.sum ? 'equals' : 'DIFFERS FROM'} the captured sum)`,
    );
  } finally {
    await connection.sql.end();
    await postgres.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
