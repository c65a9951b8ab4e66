import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  campaigns,
  contracts,
  deliverables,
  offers,
  organizationMembers,
  organizations,
  type OfferTerms,
  type UserRole,
} from '@/db/schema';
import { NotFoundError } from '@/lib/errors';

/** Who acts on a contract: the creator it names, or a member of the brand organization that signed it. */
export type ContractParty = { side: 'brand'; organizationId: string } | { side: 'influencer'; userId: string };

export const contractLinks = {
  brand: (orgSlug: string, contractId: string) => `/brand/${orgSlug}/contracts/${contractId}`,
  influencer: (contractId: string) => `/creator/contracts/${contractId}`,
};

/** Limits a contracts query to the party's own contracts (null: staff, no limit). */
export function partyCondition(party: ContractParty | null) {
  if (!party) return undefined;
  return party.side === 'brand' ? eq(contracts.organizationId, party.organizationId) : eq(contracts.influencerId, party.userId);
}

/**
 * The contract row locked for the rest of the transaction, with what its rules need. Another party's contract is
 * "not found" (a null party means staff, who see every contract).
 */
export async function lockContract(db: Executor, contractId: string, party: ContractParty | null) {
  const [row] = await db
    .select({
      contract: contracts,
      orgSlug: organizations.slug,
      kycStatus: organizations.kycStatus,
      contentApprovalRequired: campaigns.contentApprovalRequired,
      offer: {
        id: offers.id,
        price: offers.price,
        currency: offers.currency,
        terms: offers.terms,
        status: offers.status,
        version: offers.version,
        counterBy: offers.counterBy,
      },
    })
    .from(contracts)
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
    .innerJoin(offers, eq(offers.id, contracts.offerId))
    .where(and(eq(contracts.id, contractId), partyCondition(party)))
    .for('update', { of: contracts });
  if (!row) throw new NotFoundError('Contract not found.');
  return row;
}

export type LockedContract = Awaited<ReturnType<typeof lockContract>>;

function idsFromContent(content: Record<string, unknown>): string[] {
  const list = content.deliverables;
  if (!Array.isArray(list)) return [];
  return list
    .map((entry) => (entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {}))
    .map((entry) => entry.deliverable_id ?? entry.id)
    .filter((value): value is string => typeof value === 'string');
}

/**
 * The deliverables a contract covers: those of the accepted terms (with their agreed counts), else those frozen in
 * the contract content, else every deliverable of the campaign.
 */
export async function contractDeliverables(
  db: Executor,
  contract: { campaignId: string; content: Record<string, unknown> },
  terms: OfferTerms | null,
) {
  const agreed = new Map((terms?.deliverables ?? []).map((entry) => [entry.deliverable_id, entry.count]));
  const named = agreed.size > 0 ? [...agreed.keys()] : idsFromContent(contract.content);
  const rows = await db
    .select({ id: deliverables.id, type: deliverables.type, count: deliverables.count, instructions: deliverables.instructions })
    .from(deliverables)
    .where(and(eq(deliverables.campaignId, contract.campaignId), named.length > 0 ? inArray(deliverables.id, named) : undefined))
    .orderBy(asc(deliverables.createdAt), asc(deliverables.id));
  return rows.map((row) => ({ ...row, count: agreed.get(row.id) ?? row.count }));
}

export async function contractDeliverableIds(
  db: Executor,
  contract: { campaignId: string; content: Record<string, unknown> },
  terms: OfferTerms | null,
): Promise<string[]> {
  return (await contractDeliverables(db, contract, terms)).map((row) => row.id);
}

/**
 * Change requests the contract allows per deliverable: the count frozen in its revisions clause, else the accepted
 * terms; none when neither says (as the contract text reads).
 */
export function allowedRevisions(content: Record<string, unknown>, terms: OfferTerms | null): number {
  const clauses = content.clauses as { revisions?: { count?: unknown } } | undefined;
  const frozen = clauses?.revisions?.count;
  if (typeof frozen === 'number') return frozen;
  return typeof terms?.revisions === 'number' ? terms.revisions : 0;
}

/** Contracts a signed-in user may see: staff all, a creator their own, a brand user those of their organizations. */
export function viewerCondition(db: Executor, viewer: { id: string; role: UserRole }) {
  if (viewer.role === 'admin' || viewer.role === 'support') return undefined;
  if (viewer.role === 'influencer') return eq(contracts.influencerId, viewer.id);
  const memberOf = db
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .where(eq(organizationMembers.userId, viewer.id));
  return inArray(contracts.organizationId, memberOf);
}
