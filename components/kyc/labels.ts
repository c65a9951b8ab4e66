import type { KycCheckStatus, KycDocumentKind, KycProvider } from '@/db/schema';

export const documentKindLabels: Record<KycDocumentKind, string> = {
  certificate_of_incorporation: 'Certificate of incorporation',
  proof_of_address: 'Proof of address',
  director_id: 'Director ID',
  other: 'Other',
};

export const documentKindOptions = Object.entries(documentKindLabels).map(([value, label]) => ({ value, label }));

export const kycProviderLabels: Record<KycProvider, string> = {
  manual: 'Manual review',
  onfido: 'Onfido',
  trulioo: 'Trulioo',
};

export const checkStatusLabels: Record<KycCheckStatus, string> = {
  pending: 'Waiting for a decision',
  approved: 'Approved',
  rejected: 'Rejected',
};

export const kycMoment = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
