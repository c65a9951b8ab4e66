import type { DeliverableType, OfferTerms } from '@/db/schema';

/**
 * The terms the submission rules follow, read from the sealed contract content (lib/contracts/content.ts) and never
 * from the live campaign or offer rows, which may change after signing.
 */
type Sealed = Record<string, unknown>;

const record = (value: unknown): Sealed | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Sealed) : null;

const sealedOfferTerms = (content: Sealed): OfferTerms | null => record(record(content.offer)?.terms) as OfferTerms | null;

/** Whether the brand must review each submission; a contract sealed without the term keeps the safe default (yes). */
export function sealedContentApproval(content: Sealed): boolean {
  const required = record(content.campaign)?.content_approval_required;
  return typeof required === 'boolean' ? required : true;
}

/** Change requests allowed per deliverable: the revisions clause, else the sealed offer terms, else none. */
export function sealedRevisions(content: Sealed): number {
  const frozen = record(record(record(content.clauses)?.revisions))?.count;
  if (typeof frozen === 'number') return frozen;
  const agreed = sealedOfferTerms(content)?.revisions;
  return typeof agreed === 'number' ? agreed : 0;
}

export interface SealedDeliverable {
  id: string;
  count: number | null;
  type: DeliverableType | null;
  description: string | null;
}

function deliverableOf(entry: unknown): SealedDeliverable | null {
  const item = record(entry);
  const id = item?.id ?? item?.deliverable_id;
  if (typeof id !== 'string') return null;
  return {
    id,
    count: typeof item!.count === 'number' ? item!.count : null,
    type: typeof item!.type === 'string' ? (item!.type as DeliverableType) : null,
    description: typeof item!.description === 'string' ? item!.description : null,
  };
}

/** The deliverables the contract covers, with their agreed counts: the sealed list, else the sealed offer terms. */
export function sealedDeliverables(content: Sealed): SealedDeliverable[] {
  const listed = Array.isArray(content.deliverables) ? content.deliverables : (sealedOfferTerms(content)?.deliverables ?? []);
  return listed.map(deliverableOf).filter((item): item is SealedDeliverable => item !== null);
}
