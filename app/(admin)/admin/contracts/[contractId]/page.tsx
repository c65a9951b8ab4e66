import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { AdminContractSummary } from '@/components/admin-contracts/contract-summary';
import { AdminTerminateForm } from '@/components/contracts/admin-terminate-form';
import { ContractDocument } from '@/components/contracts/contract-document';
import { ContractOverview } from '@/components/contracts/contract-overview';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireStaffPage } from '@/lib/auth/guards';
import { contractPrintPath } from '@/lib/contracts/links';
import { isTerminable } from '@/lib/contracts/party';
import { getContractForViewer } from '@/lib/contracts/queries';

export const metadata: Metadata = { title: 'Contract' };

export default async function AdminContractPage({ params }: { params: Promise<{ contractId: string }> }) {
  const { contractId } = await params;
  const user = await requireStaffPage(`/admin/contracts/${contractId}`);
  const contract = await getContractForViewer(db(), user, contractId);
  if (!contract) notFound();
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/contracts" className="font-medium text-accent-700 underline-offset-2 hover:underline">
          ← All contracts
        </Link>
      </p>
      <PageHeader
        eyebrow="Contract"
        title={contract.campaignTitle}
        description={<AdminContractSummary contract={contract} />}
        actions={
          <Link href={contractPrintPath(contract.id)} className={buttonClasses('secondary')}>
            Print
          </Link>
        }
      />
      <div className="space-y-6">
        <ContractOverview contract={contract} />
        {user.role === 'admin' && isTerminable(contract.status) && (
          <Card>
            <section aria-labelledby="terminate-heading" className="space-y-4">
              <h2 id="terminate-heading" className="text-lg font-semibold text-zinc-900">
                Terminate
              </h2>
              <p className="text-sm text-zinc-600">
                Ends the contract for both parties at once; money still held in escrow for it is refunded to the brand. Both
                parties are told, with your note.
              </p>
              <AdminTerminateForm contractId={contract.id} />
            </section>
          </Card>
        )}
        <Card>
          <section aria-labelledby="terms" className="space-y-6">
            <h2 id="terms" className="text-lg font-semibold text-zinc-900">
              Terms
            </h2>
            <ContractDocument document={contract.document} content={contract.content} />
          </section>
        </Card>
      </div>
    </>
  );
}
