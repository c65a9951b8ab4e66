import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { payments } from '@/db/schema';
import { isRecordId } from '@/lib/campaigns/queries';
import { listMemberships } from '@/lib/organizations/queries';
import { roleAllows } from '@/lib/organizations/permissions';
import { getPaymentReceipt, type PaymentReceipt } from '@/lib/payments/queries';

/**
 * A demo payment the user may pay: made by an organization they administer. Anyone else gets null (a 404), so other
 * organizations learn nothing.
 */
export async function findPayableDemoPayment(db: Executor, userId: string, paymentId: string): Promise<PaymentReceipt | null> {
  if (!isRecordId(paymentId)) return null;
  const [payment] = await db.select({ payerId: payments.payerId }).from(payments).where(eq(payments.id, paymentId));
  if (!payment) return null;
  const memberships = await listMemberships(db, userId);
  const payer = memberships.find((membership) => membership.organization.id === payment.payerId);
  if (!payer || !roleAllows(payer.role, 'payment.fund')) return null;
  const receipt = await getPaymentReceipt(db, payment.payerId, paymentId);
  return receipt?.payment.gateway === 'demo' ? receipt : null;
}
