import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { ReceiptView } from '@/components/payments/receipt-view';
import { requireBrandMembership } from '@/lib/auth/guards';
import { getPaymentReceipt } from '@/lib/payments/queries';

export const metadata: Metadata = { title: 'Receipt', robots: { index: false } };

/** Another organization's payment is a 404: the query is scoped to the caller's organization. */
export default async function ReceiptPage({ params }: { params: Promise<{ orgSlug: string; paymentId: string }> }) {
  const { orgSlug, paymentId } = await params;
  const { membership } = await requireBrandMembership(orgSlug);
  const receipt = await getPaymentReceipt(db(), membership.organization.id, paymentId);
  if (!receipt) notFound();
  return <ReceiptView receipt={receipt} />;
}
