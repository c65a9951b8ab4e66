import type { Executor } from '@/db/client';
import { listMemberships } from '@/lib/organizations/queries';
import { roleAllows } from '@/lib/organizations/permissions';
import { getPaymentReceipt, type PaymentReceipt } from '@/lib/payments/queries';

/**
 * A demo payment the user may pay: made by an organization they administer. Anyone else gets null (a 404), so other
 * organizations learn nothing. A user administers few organizations, so this reads at most a handful of rows.
 */
export async function findPayableDemoPayment(db: Executor, userId: string, paymentId: string): Promise<PaymentReceipt | null> {
  const memberships = (await listMemberships(db, userId)).filter((membership) => roleAllows(membership.role, 'payment.fund'));
  for (const membership of memberships) {
    const receipt = await getPaymentReceipt(db, membership.organization.id, paymentId);
    if (receipt) return receipt.payment.gateway === 'demo' ? receipt : null;
  }
  return null;
}
