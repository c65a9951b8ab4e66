import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { ContractView } from '@/components/contracts/contract-view';
import { DisputePanel } from '@/components/disputes/dispute-panel';
import { PaymentsPanel } from '@/components/payments/payments-panel';
import { SubmissionsPanel } from '@/components/submissions/submissions-panel';
import { requireCreatorPage } from '@/lib/auth/guards';
import { contractPrintPath, creatorContractPath, creatorContractsPath } from '@/lib/contracts/links';
import { getCreatorContract } from '@/lib/contracts/queries';
import {
  cancelCreatorTerminationAction,
  confirmCreatorTerminationAction,
  requestCreatorTerminationAction,
  signCreatorContractAction,
} from './actions';

interface CreatorContractPageProps {
  params: Promise<{ contractId: string }>;
}

export const metadata: Metadata = { title: 'Contract' };

export default async function CreatorContractPage({ params }: CreatorContractPageProps) {
  const { contractId } = await params;
  const user = await requireCreatorPage(creatorContractPath(contractId));
  const contract = await getCreatorContract(db(), user.id, contractId);
  if (!contract) notFound();
  return (
    <ContractView
      contract={contract}
      viewerSide="influencer"
      backHref={creatorContractsPath}
      printHref={contractPrintPath(contract.id)}
      fields={{ contractId: contract.id }}
      actions={{
        sign: signCreatorContractAction,
        request: requestCreatorTerminationAction,
        confirm: confirmCreatorTerminationAction,
        cancel: cancelCreatorTerminationAction,
      }}
      canSign
      canTerminate
      submissions={<SubmissionsPanel contractId={contract.id} viewer={{ side: 'influencer', userId: user.id }} />}
      dispute={<DisputePanel contractId={contract.id} viewer={{ side: 'influencer', userId: user.id }} />}
      payments={<PaymentsPanel contract={contract} viewer={{ side: 'influencer', userId: user.id }} />}
    />
  );
}
