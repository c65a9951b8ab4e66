import type { CounterParty } from '@/db/schema';
import type { StoredFile } from '@/lib/submissions/files';

export interface EvidenceEntry {
  by: string;
  side: CounterParty;
  at: string;
  statement: string | null;
  links: string[];
  files: StoredFile[];
}

/** contracts.dispute_evidence: the opener's evidence, with the other party's responses appended. */
export interface DisputeEvidence {
  opened_by: string;
  side: CounterParty;
  opened_at: string;
  statement: string | null;
  links: string[];
  files: StoredFile[];
  responses: EvidenceEntry[];
}

/**
 * contracts.dispute_resolution: the decision, with the held money it moves per payment (allocations) and the money
 * movement intents that carry it out; it is executed once every one of them has succeeded.
 */
export interface DisputeResolution {
  outcome: 'release' | 'refund' | 'split';
  release_amount: string;
  refund_amount: string;
  currency: string;
  note: string;
  resolved_by: string;
  resolved_at: string;
  allocations?: { payment_id: string; release: string; refund: string }[];
  movement_ids?: string[];
}

export function asEvidence(value: Record<string, unknown> | null): DisputeEvidence | null {
  return value && typeof value.opened_by === 'string' ? (value as unknown as DisputeEvidence) : null;
}

export function asResolution(value: Record<string, unknown> | null): DisputeResolution | null {
  return value && typeof value.outcome === 'string' ? (value as unknown as DisputeResolution) : null;
}

/** Every file of the dispute, the opener's and each response's. */
export function evidenceFiles(evidence: DisputeEvidence | null): StoredFile[] {
  if (!evidence) return [];
  return [...evidence.files, ...evidence.responses.flatMap((response) => response.files)];
}

/** The URL under which a party or staff member downloads an evidence file. */
export function evidenceFileUrl(contractId: string, file: Pick<StoredFile, 'key'>): string {
  return `/api/files/disputes/${contractId}/${file.key.split('/').pop()}`;
}
