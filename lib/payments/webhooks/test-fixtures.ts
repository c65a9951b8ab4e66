import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { campaigns, contracts, ledgerEntries, payments, stripeEvents, type NewPayment, type Payment } from '@/db/schema';
import { createAcceptedOffer } from '@/lib/contracts/test-fixtures';

/** For tests: a signed contract between a brand and a creator, ready to be funded. */
export async function createSignedContract(db: Executor) {
  const world = await createAcceptedOffer(db);
  const [contract] = await db
    .insert(contracts)
    .values({
      campaignId: world.campaign.id,
      offerId: world.offer.id,
      influencerId: world.creator.id,
      organizationId: world.organization.id,
      status: 'signed',
      content: { offer: { price: world.offer.price, currency: 'GBP', terms: world.offer.terms } },
      signedAt: new Date(),
    })
    .returning();
  return { ...world, contract: contract! };
}

export type SignedContract = Awaited<ReturnType<typeof createSignedContract>>;

/** For tests: a payment of the contract as fundContract leaves it (pending), or in any state given. */
export async function createPayment(
  db: Executor,
  world: SignedContract,
  values: Partial<NewPayment> & { amount: string },
): Promise<Payment> {
  const [payment] = await db
    .insert(payments)
    .values({
      campaignId: world.campaign.id,
      contractId: world.contract.id,
      payerId: world.organization.id,
      payeeId: world.creator.id,
      currency: 'GBP',
      gateway: 'stripe',
      ...values,
    })
    .returning();
  return payment!;
}

export async function paymentRow(db: Executor, id: string): Promise<Payment> {
  return (await db.select().from(payments).where(eq(payments.id, id)))[0]!;
}

export async function ledgerOf(db: Executor, paymentId: string) {
  return db.select().from(ledgerEntries).where(eq(ledgerEntries.paymentId, paymentId)).orderBy(ledgerEntries.createdAt);
}

export async function budgetSpentOf(db: Executor, campaignId: string): Promise<string> {
  return (await db.select({ spent: campaigns.budgetSpent }).from(campaigns).where(eq(campaigns.id, campaignId)))[0]!.spent;
}

export async function storedEvent(db: Executor, id: string) {
  return (await db.select().from(stripeEvents).where(eq(stripeEvents.id, id)))[0];
}
