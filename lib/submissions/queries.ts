import { and, asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  contracts,
  deliverableSubmissions,
  offers,
  type ContractStatus,
  type SubmissionStatus,
  type UserRole,
} from '@/db/schema';
import { contractDeliverables, partyCondition, viewerCondition, type ContractParty } from './contract-access';
import { sealedContentApproval, sealedRevisions } from './sealed-terms';

export interface SubmissionView {
  id: string;
  revision: number;
  status: SubmissionStatus;
  contentUrl: string | null;
  caption: string | null;
  hasFile: boolean;
  reviewComment: string | null;
  submittedAt: Date;
  reviewedAt: Date | null;
}

export interface DeliverableProgress {
  id: string;
  type: string;
  count: number;
  instructions: string | null;
  /** Newest revision first. */
  submissions: SubmissionView[];
  changesRequested: number;
}

export interface ContractSubmissions {
  contractId: string;
  contractStatus: ContractStatus;
  contentApprovalRequired: boolean;
  revisionsAllowed: number;
  deliverables: DeliverableProgress[];
}

/** Every deliverable of the contract with its revision history, for one of its parties (null for staff). */
export async function getContractSubmissions(
  db: Executor,
  contractId: string,
  party: ContractParty | null,
): Promise<ContractSubmissions | null> {
  const [row] = await db
    .select({
      contract: { id: contracts.id, status: contracts.status, campaignId: contracts.campaignId, content: contracts.content },
      terms: offers.terms,
    })
    .from(contracts)
    .innerJoin(offers, eq(offers.id, contracts.offerId))
    .where(and(eq(contracts.id, contractId), partyCondition(party)));
  if (!row) return null;
  const items = await contractDeliverables(db, row.contract, row.terms);
  const submissions = await db
    .select({
      id: deliverableSubmissions.id,
      deliverableId: deliverableSubmissions.deliverableId,
      revision: deliverableSubmissions.revision,
      status: deliverableSubmissions.status,
      contentUrl: deliverableSubmissions.contentUrl,
      caption: deliverableSubmissions.caption,
      fileUrl: deliverableSubmissions.fileUrl,
      reviewComment: deliverableSubmissions.reviewComment,
      submittedAt: deliverableSubmissions.submittedAt,
      reviewedAt: deliverableSubmissions.reviewedAt,
    })
    .from(deliverableSubmissions)
    .where(eq(deliverableSubmissions.contractId, contractId))
    .orderBy(asc(deliverableSubmissions.deliverableId), desc(deliverableSubmissions.revision));
  const byDeliverable = new Map<string, SubmissionView[]>();
  for (const { deliverableId, fileUrl, ...submission } of submissions)
    byDeliverable.set(deliverableId, [...(byDeliverable.get(deliverableId) ?? []), { ...submission, hasFile: fileUrl !== null }]);
  return {
    contractId: row.contract.id,
    contractStatus: row.contract.status,
    contentApprovalRequired: sealedContentApproval(row.contract.content),
    revisionsAllowed: sealedRevisions(row.contract.content),
    deliverables: items.map((item) => {
      const history = byDeliverable.get(item.id) ?? [];
      return {
        ...item,
        submissions: history,
        changesRequested: history.filter((submission) => submission.status === 'changes_requested').length,
      };
    }),
  };
}

/** A submission's stored file, if the signed-in viewer may see its contract. */
export async function findViewableSubmissionFile(db: Executor, submissionId: string, viewer: { id: string; role: UserRole }) {
  const [row] = await db
    .select({ key: deliverableSubmissions.fileUrl })
    .from(deliverableSubmissions)
    .innerJoin(contracts, eq(contracts.id, deliverableSubmissions.contractId))
    .where(and(eq(deliverableSubmissions.id, submissionId), viewerCondition(db, viewer)));
  return row?.key ?? null;
}
