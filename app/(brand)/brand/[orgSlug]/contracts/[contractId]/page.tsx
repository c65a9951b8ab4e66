import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { db } from '@/db/client';
import { ContractView } from '@/components/contracts/contract-view';
import { DisputePanel } from '@/components/disputes/dispute-panel';
import { PaymentsPanel } from '@/components/payments/payments-panel';
import { SubmissionsPanel } from '@/components/submissions/submissions-panel';
import { requireBrandMembership } from '@/lib/auth/guards';
import { brandContractsPath, contractPrintPath } from '@/lib/contracts/links';
import { getBrandContract } from '@/lib/contracts/queries';
import { roleAllows } from '@/lib/organizations/permissions';
import {
  cancelBrandTerminationAction,
  confirmBrandTerminationAction,
  requestBrandTerminationAction,
  signBrandContractAction,
} from './actions';
import { fundMilestoneAction } from './payment-actions';

interface BrandContractPageProps {
  params: Promise<{ orgSlug: string; contractId: string }>;
  searchParams: Promise<{ payment?: string | string[] }>;
}

export const metadata: Metadata = { title: 'Contract' };

export default async function BrandContractPage({ params, searchParams }: BrandContractPageProps) {
  const { orgSlug, contractId } = await params;
  const { payment } = await searchParams;
  const { membership } = await requireBrandMembership(orgSlug);
  const contract = await getBrandContract(db(), membership.organization.id, contractId);
  if (!contract) notFound();
  return (
    <ContractView
      contract={contract}
      viewerSide="brand"
      backHref={brandContractsPath(orgSlug)}
      printHref={contractPrintPath(contract.id)}
      fields={{ orgSlug, contractId: contract.id }}
      actions={{
        sign: signBrandContractAction,
        request: requestBrandTerminationAction,
        confirm: confirmBrandTerminationAction,
        cancel: cancelBrandTerminationAction,
      }}
      canSign={roleAllows(membership.role, 'contract.sign')}
      canTerminate={roleAllows(membership.role, 'contract.terminate')}
      submissions={<SubmissionsPanel contractId={contract.id} viewer={{ side: 'brand', membership }} />}
      dispute={<DisputePanel contractId={contract.id} viewer={{ side: 'brand', membership }} />}
      payments={
        <PaymentsPanel
          contract={contract}
          viewer={{ side: 'brand', membership }}
          paymentReturn={payment}
          fundAction={fundMilestoneAction}
        />
      }
    />
  );
}
