import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { ContractDocument } from '@/components/contracts/contract-document';
import { IntegrityPanel } from '@/components/contracts/integrity-panel';
import { contractStatusLabels } from '@/components/contracts/labels';
import { PrintButton } from '@/components/contracts/print-button';
import { SignaturesPanel } from '@/components/contracts/signatures-panel';
import { requirePageUser } from '@/lib/auth/guards';
import { contractPrintPath } from '@/lib/contracts/links';
import { getContractForViewer } from '@/lib/contracts/queries';

export const metadata: Metadata = { title: 'Contract (print)', robots: { index: false } };

/** The contract on a plain page for printing or saving as PDF: either party and Pactly staff may open it. */
export default async function ContractPrintPage({ params }: { params: Promise<{ contractId: string }> }) {
  const { contractId } = await params;
  const user = await requirePageUser(contractPrintPath(contractId));
  const contract = await getContractForViewer(db(), user, contractId);
  if (!contract) notFound();
  const signedBy = contract.signedBy ?? {};
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-8 px-6 py-10 print:max-w-none print:p-0 print:text-black">
      <div className="flex justify-end print:hidden">
        <PrintButton />
      </div>
      <header className="space-y-1 border-b border-zinc-300 pb-4">
        <p className="text-sm text-zinc-600">Pactly</p>
        <h1 className="text-2xl font-semibold">Contract</h1>
        <p className="text-base">{contract.campaignTitle}</p>
        <p className="text-sm text-zinc-700">
          Between {contract.orgName} and {contract.creatorName}. Status: {contractStatusLabels[contract.status]}.
        </p>
      </header>
      <section aria-labelledby="terms" className="space-y-6">
        <h2 id="terms" className="text-lg font-semibold">
          Terms
        </h2>
        <ContractDocument document={contract.document} content={contract.content} />
      </section>
      <div className="break-inside-avoid">
        <SignaturesPanel
          signatures={[
            { label: `Brand: ${contract.orgName}`, signerName: contract.brandSignerName, signature: signedBy.brand },
            { label: `Creator: ${contract.creatorName}`, signerName: contract.creatorSignerName, signature: signedBy.influencer },
          ]}
        />
      </div>
      <div className="break-inside-avoid">
        <IntegrityPanel hash={contract.contentHash} intact={contract.intact} />
      </div>
    </main>
  );
}
