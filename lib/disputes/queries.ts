import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { campaigns, contracts, offers, organizations, profiles, type UserRole } from '@/db/schema';
import { isRecordId } from '@/lib/campaigns/queries';
import { partyCondition, viewerCondition, type ContractParty } from '@/lib/submissions/contract-access';
import { asEvidence, asResolution, evidenceFiles } from './evidence';

const disputeColumns = {
  contractId: contracts.id,
  contractStatus: contracts.status,
  statusBeforeDispute: contracts.statusBeforeDispute,
  disputeStatus: contracts.disputeStatus,
  disputeReason: contracts.disputeReason,
  disputeEvidence: contracts.disputeEvidence,
  disputeResolution: contracts.disputeResolution,
  price: offers.price,
  currency: offers.currency,
  campaignTitle: campaigns.title,
  organizationName: organizations.name,
  creatorName: profiles.displayName,
};

function fromContracts(db: Executor) {
  return db
    .select(disputeColumns)
    .from(contracts)
    .innerJoin(offers, eq(offers.id, contracts.offerId))
    .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
    .innerJoin(organizations, eq(organizations.id, contracts.organizationId))
    .leftJoin(profiles, eq(profiles.userId, contracts.influencerId));
}

function toView(row: Awaited<ReturnType<typeof fromContracts>>[number]) {
  const { disputeEvidence, disputeResolution, ...rest } = row;
  return { ...rest, evidence: asEvidence(disputeEvidence), resolution: asResolution(disputeResolution) };
}

export type DisputeView = ReturnType<typeof toView>;

/** Every contract that has had a dispute: escalated, then pending, then resolved; oldest first within each. */
export async function listDisputes(db: Executor): Promise<DisputeView[]> {
  const rows = await fromContracts(db)
    .where(isNotNull(contracts.disputeStatus))
    .orderBy(
      sql`case ${contracts.disputeStatus} when 'escalated' then 0 when 'pending' then 1 else 2 end`,
      asc(sql`${contracts.disputeEvidence}->>'opened_at'`),
      desc(contracts.id),
    );
  return rows.map(toView);
}

/** One contract's dispute for a party (or staff with a null party); null when there is none to show. */
export async function getDispute(db: Executor, contractId: string, party: ContractParty | null): Promise<DisputeView | null> {
  if (!isRecordId(contractId)) return null;
  const [row] = await fromContracts(db).where(and(eq(contracts.id, contractId), partyCondition(party)));
  return row ? toView(row) : null;
}

/** An evidence file, only for the two parties and staff; the id is the random last part of its storage key. */
export async function findViewableEvidenceFile(
  db: Executor,
  contractId: string,
  fileId: string,
  viewer: { id: string; role: UserRole },
) {
  if (!isRecordId(contractId) || !/^[0-9a-f]{32}$/.test(fileId)) return null;
  const [row] = await db
    .select({ evidence: contracts.disputeEvidence })
    .from(contracts)
    .where(and(eq(contracts.id, contractId), viewerCondition(db, viewer)));
  if (!row) return null;
  return evidenceFiles(asEvidence(row.evidence)).find((file) => file.key === `disputes/${contractId}/${fileId}`) ?? null;
}
