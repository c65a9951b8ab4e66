import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  campaigns,
  contracts,
  ledgerEntries,
  organizationBilling,
  organizations,
  payments,
  payoutAccounts,
  profiles,
  reconciliationIssues,
} from '@/db/schema';
import { isRecordId } from '@/lib/campaigns/queries';
import { partyCondition, type ContractParty } from '@/lib/submissions/contract-access';
import { heldSql } from './flow-support';

/** What both sides see of a payment: amounts as decimal strings, held computed by the database. */
const paymentFields = {
  id: payments.id,
  contractId: payments.contractId,
  milestoneIndex: payments.milestoneIndex,
  milestone: sql<string | null>`${payments.metadata}->>'milestone'`,
  /** Why the last card was declined; a pending payment may be paid again with another card. */
  lastDecline: sql<string | null>`${payments.metadata}->>'failure_message'`,
  amount: payments.amount,
  currency: payments.currency,
  gateway: payments.gateway,
  status: payments.status,
  escrowStatus: payments.escrowStatus,
  releasedAmount: payments.releasedAmount,
  refundedAmount: payments.refundedAmount,
  platformFee: payments.platformFee,
  held: sql<string>`(case when ${payments.status} in ('captured', 'released', 'refunded', 'disputed') then ${heldSql} else 0 end)::numeric(19, 2)::text`,
  releaseBlockedReason: payments.releaseBlockedReason,
  releaseRequestedAt: payments.releaseRequestedAt,
  createdAt: payments.createdAt,
  authorizedAt: payments.authorizedAt,
  capturedAt: payments.capturedAt,
  escrowReleasedAt: payments.escrowReleasedAt,
  refundedAt: payments.refundedAt,
  failedAt: payments.failedAt,
};

/** A contract's payments for one of its parties (another party's contract gives none), in milestone order. */
export async function listContractPayments(db: Executor, party: ContractParty, contractId: string) {
  if (!isRecordId(contractId)) return [];
  return db
    .select(paymentFields)
    .from(payments)
    .innerJoin(contracts, eq(contracts.id, payments.contractId))
    .where(and(eq(payments.contractId, contractId), partyCondition(party)))
    .orderBy(asc(payments.milestoneIndex), asc(payments.createdAt));
}
export type ContractPaymentRow = Awaited<ReturnType<typeof listContractPayments>>[number];

/** The brand's payments page: every payment the organization made, newest first, with campaign and creator. */
export async function listOrganizationPayments(db: Executor, organizationId: string) {
  return db
    .select({
      ...paymentFields,
      campaignTitle: campaigns.title,
      creatorName: sql<string>`coalesce(${profiles.displayName}, 'Creator')`,
    })
    .from(payments)
    .innerJoin(campaigns, eq(campaigns.id, payments.campaignId))
    .leftJoin(profiles, eq(profiles.userId, payments.payeeId))
    .where(eq(payments.payerId, organizationId))
    .orderBy(desc(payments.createdAt));
}
export type OrganizationPaymentRow = Awaited<ReturnType<typeof listOrganizationPayments>>[number];

/** What a receipt prints: the payment, its contract and campaign, the brand's billing details and the ledger. */
export async function getPaymentReceipt(db: Executor, organizationId: string, paymentId: string) {
  if (!isRecordId(paymentId)) return null;
  const [row] = await db
    .select({
      payment: {
        ...paymentFields,
        stripeChargeId: payments.stripeChargeId,
        stripePaymentIntentId: payments.stripePaymentIntentId,
      },
      contract: { id: contracts.id, status: contracts.status, signedAt: contracts.signedAt },
      campaign: { id: campaigns.id, title: campaigns.title },
      organization: { id: organizations.id, name: organizations.name, slug: organizations.slug },
      billing: {
        legalName: organizationBilling.legalName,
        addressLine1: organizationBilling.addressLine1,
        addressLine2: organizationBilling.addressLine2,
        city: organizationBilling.city,
        postalCode: organizationBilling.postalCode,
        country: organizationBilling.country,
        vatId: organizationBilling.vatId,
        billingEmail: organizationBilling.billingEmail,
      },
      creatorName: sql<string>`coalesce(${profiles.displayName}, 'Creator')`,
    })
    .from(payments)
    .innerJoin(organizations, eq(organizations.id, payments.payerId))
    .innerJoin(campaigns, eq(campaigns.id, payments.campaignId))
    .leftJoin(contracts, eq(contracts.id, payments.contractId))
    .leftJoin(organizationBilling, eq(organizationBilling.organizationId, payments.payerId))
    .leftJoin(profiles, eq(profiles.userId, payments.payeeId))
    .where(and(eq(payments.id, paymentId), eq(payments.payerId, organizationId)));
  if (!row) return null;
  const entries = await db
    .select({
      id: ledgerEntries.id,
      kind: ledgerEntries.kind,
      amount: ledgerEntries.amount,
      fee: ledgerEntries.fee,
      currency: ledgerEntries.currency,
      reference: ledgerEntries.reference,
      createdAt: ledgerEntries.createdAt,
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.paymentId, paymentId))
    .orderBy(asc(ledgerEntries.createdAt));
  return { ...row, entries };
}
export type PaymentReceipt = NonNullable<Awaited<ReturnType<typeof getPaymentReceipt>>>;

/** A creator's payouts: every release with the platform fee and what the creator received. */
export async function listCreatorPayouts(db: Executor, userId: string) {
  return db
    .select({
      id: ledgerEntries.id,
      paymentId: ledgerEntries.paymentId,
      contractId: ledgerEntries.contractId,
      campaignTitle: campaigns.title,
      brandName: organizations.name,
      milestone: sql<string | null>`${payments.metadata}->>'milestone'`,
      amount: ledgerEntries.amount,
      fee: ledgerEntries.fee,
      net: sql<string>`(${ledgerEntries.amount} - ${ledgerEntries.fee})::numeric(19, 2)::text`,
      currency: ledgerEntries.currency,
      reference: ledgerEntries.reference,
      releasedAt: ledgerEntries.createdAt,
    })
    .from(ledgerEntries)
    .innerJoin(payments, eq(payments.id, ledgerEntries.paymentId))
    .innerJoin(campaigns, eq(campaigns.id, payments.campaignId))
    .innerJoin(organizations, eq(organizations.id, payments.payerId))
    .where(and(eq(payments.payeeId, userId), eq(ledgerEntries.kind, 'release')))
    .orderBy(desc(ledgerEntries.createdAt));
}
export type CreatorPayoutRow = Awaited<ReturnType<typeof listCreatorPayouts>>[number];

/** The creator's payout account state, and what waits for it. */
export async function getPayoutStatus(db: Executor, userId: string) {
  const [account] = await db.select().from(payoutAccounts).where(eq(payoutAccounts.userId, userId));
  const waiting = await db
    .select({
      currency: payments.currency,
      amount: sql<string>`sum(${heldSql})::numeric(19, 2)::text`,
      count: sql<number>`count(*)::int`,
    })
    .from(payments)
    .where(and(eq(payments.payeeId, userId), sql`${payments.releaseRequestedAt} is not null`, eq(payments.escrowStatus, 'held')))
    .groupBy(payments.currency);
  return { account: account ?? null, waiting };
}

/** The back office's open reconciliation issues, oldest first. */
export async function listOpenReconciliationIssues(db: Executor) {
  return db
    .select({
      id: reconciliationIssues.id,
      kind: reconciliationIssues.kind,
      details: reconciliationIssues.details,
      detectedAt: reconciliationIssues.detectedAt,
      paymentId: reconciliationIssues.paymentId,
      contractId: reconciliationIssues.contractId,
      amount: payments.amount,
      currency: payments.currency,
      status: payments.status,
    })
    .from(reconciliationIssues)
    .leftJoin(payments, eq(payments.id, reconciliationIssues.paymentId))
    .where(isNull(reconciliationIssues.resolvedAt))
    .orderBy(asc(reconciliationIssues.detectedAt));
}
export type ReconciliationIssueRow = Awaited<ReturnType<typeof listOpenReconciliationIssues>>[number];
