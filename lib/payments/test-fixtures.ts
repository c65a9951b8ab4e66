import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';
import type { Database } from '@/db/client';
import { auditLogs, campaigns, contracts, ledgerEntries, payments, payoutAccounts, type ContractStatus } from '@/db/schema';
import { actorCtx, brandCtx, createPendingContract } from '@/lib/contracts/test-fixtures';
import { actionsWithTestSession, signInAs, testSession } from '@/tests/helpers/action-session';
import { createUser } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { definePaymentActions } from './action-definitions';
import { confirmDemoPayment } from './demo-confirm';
import { fundContract } from './fund';
import { createDemoGateway } from './gateway/demo';
import type { PaymentGateway } from './gateway/types';

/**
 * Test-only: gives the calling test file its own database with the demo gateway (no Stripe key) and signed-out
 * action session before each test. The returned object is filled in by `beforeAll`.
 */
export function setupDemoPaymentsDatabase(): TestDatabase {
  const database = {} as TestDatabase;
  beforeAll(async () => {
    vi.stubEnv('STRIPE_SECRET_KEY', undefined);
    Object.assign(database, await createTestDatabase());
    testSession.db = database.db;
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await database.close();
  });
  beforeEach(() => signInAs(null));
  return database;
}

export const paymentActions = () => definePaymentActions(actionsWithTestSession());
export const successCard = '4242 4242 4242 4242';

/** Test-only: a brand (admin + member), a creator and their contract (milestones 500.00 + 750.50 GBP) in `status`. */
export async function createFundableContract(db: Database, status: ContractStatus = 'signed') {
  const world = await createPendingContract(db);
  await db.update(contracts).set({ status }).where(eq(contracts.id, world.contractId));
  return {
    ...world,
    brand: brandCtx(db, world),
    memberCtx: brandCtx(db, world, world.member, 'brand_member'),
    creatorCtx: actorCtx(db, world.creator),
  };
}
export type FundableContract = Awaited<ReturnType<typeof createFundableContract>>;

export const staffCtx = async (db: Database) => actorCtx(db, await createUser(db, { role: 'admin' }));

export const paymentRow = async (db: Database, id: string) => (await db.select().from(payments).where(eq(payments.id, id)))[0]!;
export const paymentsOf = (db: Database, contractId: string) =>
  db.select().from(payments).where(eq(payments.contractId, contractId)).orderBy(payments.milestoneIndex);
export const ledgerOf = (db: Database, paymentId: string) =>
  db.select().from(ledgerEntries).where(eq(ledgerEntries.paymentId, paymentId)).orderBy(ledgerEntries.createdAt);
export const budgetSpent = async (db: Database, campaignId: string) =>
  (await db.select({ spent: campaigns.budgetSpent }).from(campaigns).where(eq(campaigns.id, campaignId)))[0]!.spent;
export const auditActions = async (db: Database, resourceId: string) =>
  (await db.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.resourceId, resourceId))).map(
    (row) => row.action,
  );

export async function enablePayouts(db: Database, userId: string, gateway: 'demo' | 'stripe', accountId: string) {
  await db
    .insert(payoutAccounts)
    .values({ userId, gateway, stripeAccountId: accountId, detailsSubmitted: true, payoutsEnabled: true })
    .onConflictDoUpdate({ target: payoutAccounts.userId, set: { payoutsEnabled: true, detailsSubmitted: true } });
}

/** Test-only: funds a milestone and pays it on the demo checkout with `card`. */
export async function fundAndPay(world: FundableContract, milestoneIndex: number, card = successCard) {
  const { paymentId } = await fundContract(world.brand, { contractId: world.contractId, milestoneIndex });
  return { paymentId, ...(await confirmDemoPayment(world.brand, { paymentId, cardNumber: card })) };
}

/** Test-only: the demo gateway, but every transfer fails with this HTTP status (4xx refuses for good, 5xx retries). */
export const gatewayFailingTransfers = (db: Database, statusCode: number, message: string): PaymentGateway => ({
  ...createDemoGateway(db),
  async createTransfer() {
    throw Object.assign(new Error(message), { statusCode });
  },
});

/** Test-only: the ADR 9 invariants over every payment in the database, as a list of violations (none when whole). */
export async function escrowInvariantViolations(db: Database): Promise<string[]> {
  const rows = (await db.execute(sql`
    select p.id,
      p.reserved_amount <> coalesce((select sum(m.amount) from money_movements m
        where m.payment_id = p.id and m.status = 'pending'), 0) as reserved_off,
      p.released_amount <> coalesce((select sum(l.amount) from ledger_entries l
        where l.payment_id = p.id and l.kind = 'release'), 0) as released_off,
      p.refunded_amount <> coalesce((select sum(l.amount) from ledger_entries l
        where l.payment_id = p.id and l.kind = 'refund'), 0) as refunded_off,
      exists (select 1 from money_movements m where m.payment_id = p.id and m.status = 'pending'
        and m.blocked_reason is null and m.last_error is null and m.sent_at is null
        and not exists (select 1 from reconciliation_issues r where r.payment_id = p.id and r.resolved_at is null)) as silent
    from payments p`)) as unknown as {
    id: string;
    reserved_off: boolean;
    released_off: boolean;
    refunded_off: boolean;
    silent: boolean;
  }[];
  const problems = rows.flatMap((row) =>
    [
      row.reserved_off && 'reserved != pending movements',
      row.released_off && 'released != ledger',
      row.refunded_off && 'refunded != ledger',
      row.silent && 'a pending movement with no visible reason',
    ]
      .filter(Boolean)
      .map((problem) => `${row.id}: ${problem}`),
  );
  const duplicates = (await db.execute(sql`
    select gateway_reference from money_movements where gateway_reference is not null
    group by gateway_reference having count(*) > 1`)) as unknown as unknown[];
  if (duplicates.length) problems.push(`gateway objects completing more than one movement: ${JSON.stringify(duplicates)}`);
  return problems;
}
