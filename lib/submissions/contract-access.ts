import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { contracts, deliverables, offers, organizationMembers, organizations, type OfferTerms, type UserRole } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';
import { sealedDeliverables } from './sealed-terms';

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
    .innerJoin(offers, eq(offers.id, contracts.offerId))
    .where(and(eq(contracts.id, contractId), partyCondition(party)))
    .for('update', { of: contracts });
  if (!row) throw new NotFoundError('Contract not found.');
  return row;
}

export type LockedContract = Awaited<ReturnType<typeof lockContract>>;

/**
 * The deliverables a contract covers with their agreed counts, as sealed in its content. `legacyTerms` (the accepted
 * offer's) only serve contracts sealed without a deliverable list; with neither, every deliverable of the campaign.
 */
export async function contractDeliverables(
  db: Executor,
  contract: { campaignId: string; content: Record<string, unknown> },
  legacyTerms: OfferTerms | null,
) {
  const sealed = sealedDeliverables(contract.content);
  const named =
    sealed.length > 0
      ? sealed
      : (legacyTerms?.deliverables ?? []).map((entry) => ({
          id: entry.deliverable_id,
          count: entry.count,
          type: null,
          description: null,
        }));
  const ids = named.map((item) => item.id);
  const rows = await db
    .select({ id: deliverables.id, type: deliverables.type, count: deliverables.count, instructions: deliverables.instructions })
    .from(deliverables)
    .where(and(eq(deliverables.campaignId, contract.campaignId), ids.length > 0 ? inArray(deliverables.id, ids) : undefined))
    .orderBy(asc(deliverables.createdAt), asc(deliverables.id));
  if (named.length === 0) return rows;
  // The campaign's rows only fill in what an older sealed entry lacks (type, instructions).
  const byId = new Map(rows.map((row) => [row.id, row]));
  return named.flatMap((item) => {
    const row = byId.get(item.id);
    const type = item.type ?? row?.type;
    if (!type) return [];
    return [
      { id: item.id, type, count: item.count ?? row?.count ?? 1, instructions: item.description ?? row?.instructions ?? null },
    ];
  });
}

export async function contractDeliverableIds(
  db: Executor,
  contract: { campaignId: string; content: Record<string, unknown> },
  legacyTerms: OfferTerms | null,
): Promise<string[]> {
  return (await contractDeliverables(db, contract, legacyTerms)).map((row) => row.id);
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
