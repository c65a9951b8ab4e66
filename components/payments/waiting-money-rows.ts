import { moment } from '@/components/submissions/labels';
import { staffContractPath } from '@/lib/contracts/links';
import type { WaitingMoneyRow, WaitingOwner } from '@/lib/payments/waiting';

export const waitingOwnerLabels: Record<WaitingOwner, string> = {
  creator: 'Creator',
  brand: 'Brand',
  staff: 'Pactly staff',
};

const units = [
  { name: 'day', ms: 24 * 60 * 60 * 1000 },
  { name: 'hour', ms: 60 * 60 * 1000 },
  { name: 'minute', ms: 60 * 1000 },
] as const;

/** How long money has waited, in its largest whole unit: "3 days", "1 hour", "Under a minute". */
export function waitingAge(since: Date, now: Date): string {
  const elapsed = now.getTime() - since.getTime();
  for (const unit of units) {
    const count = Math.floor(elapsed / unit.ms);
    if (count >= 1) return `${count} ${unit.name}${count === 1 ? '' : 's'}`;
  }
  return 'Under a minute';
}

/** A waiting-money row formatted on the server, so the browser renders exactly what the server did. */
export interface WaitingMoneyTableRow {
  id: string;
  amount: string;
  reason: string;
  owner: string;
  age: string;
  /** ISO instant and readable UTC time the wait began. */
  since: string;
  sinceLabel: string;
  contractHref: string | null;
  campaignTitle: string;
  parties: string;
}

export function toWaitingMoneyTableRow(row: WaitingMoneyRow, now: Date): WaitingMoneyTableRow {
  return {
    id: `${row.paymentId}:${row.movementId ?? 'unclaimed'}`,
    amount: `${row.amount} ${row.currency}`,
    reason: row.reason,
    owner: waitingOwnerLabels[row.owner],
    age: waitingAge(row.since, now),
    since: row.since.toISOString(),
    sinceLabel: `Waiting since ${moment.format(row.since)} UTC`,
    contractHref: row.contractId && staffContractPath(row.contractId),
    campaignTitle: row.campaignTitle,
    parties: `${row.organizationName} → ${row.creatorName}`,
  };
}
