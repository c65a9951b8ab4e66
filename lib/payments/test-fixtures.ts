import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { auditLogs, campaigns, contracts, ledgerEntries, payments, payoutAccounts, type ContractStatus } from '@/db/schema';
import { actorCtx, brandCtx, createPendingContract } from '@/lib/contracts/test-fixtures';
import { createUser } from '@/tests/helpers/factories';

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
