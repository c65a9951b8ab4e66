import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CounterParty } from '@/db/schema';
import type { Action } from '@/lib/actions/clients';
import type { ContractDetail } from '@/lib/contracts/queries';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { buttonClasses } from '@/components/ui/button';
import { ContractActionButton } from './action-button';
import { ContractDocument } from './contract-document';
import { ContractOverview } from './contract-overview';
import { ContractStatusBadge } from './labels';
import { SignDeadlineNote } from './sign-deadline-note';
import { TerminationPanel, type TerminationActions } from './termination-panel';

export interface ContractViewProps {
  contract: ContractDetail;
  viewerSide: CounterParty;
  backHref: string;
  printHref: string;
  /** Hidden fields every contract action needs: contractId, and orgSlug on the brand side. */
  fields: Record<string, string>;
  actions: TerminationActions & { sign: Action<string> };
  /** A brand member may read but neither sign nor terminate; the creator always may. */
  canSign: boolean;
  canTerminate: boolean;
  /** Slot for the delivery slice's <SubmissionsPanel/>. */
  submissions?: ReactNode;
  /** Slot for the delivery slice's <DisputePanel/>. */
  dispute?: ReactNode;
  /** Slot for the payments slice's <PaymentsPanel/>, after the signatures. */
  payments?: ReactNode;
}

/** The contract page shared by both sides: status, signatures, integrity, work (slots), termination and the terms. */
export function ContractView(props: ContractViewProps) {
  const { contract, viewerSide, fields, actions, canSign } = props;
  const signedBy = contract.signedBy ?? {};
  const otherPartyName = viewerSide === 'brand' ? contract.creatorName : contract.orgName;
  const needsViewerSignature = contract.status === 'pending' && !signedBy[viewerSide];
  return (
    <>
      <p className="mb-4 text-sm print:hidden">
        <Link href={props.backHref} className="font-medium text-accent-700 underline-offset-2 hover:underline">
          ← All contracts
        </Link>
      </p>
      <PageHeader
        title="Contract"
        eyebrow={contract.campaignTitle}
        description={
          <p className="flex flex-wrap items-center gap-2">
            <span>
              {contract.orgName} and {contract.creatorName}
            </span>
            <ContractStatusBadge status={contract.status} />
          </p>
        }
        actions={
          <Link href={props.printHref} className={buttonClasses('secondary')}>
            Print
          </Link>
        }
      />
      <div className="space-y-6">
        <ContractOverview contract={contract}>
          {needsViewerSignature &&
            (canSign ? (
              <ContractActionButton action={actions.sign} fields={fields} label="Sign contract" pendingLabel="Signing…" />
            ) : (
              <p className="text-sm text-zinc-600">
                Only an organization admin can sign this contract. Ask an admin of {contract.orgName} to sign it.
              </p>
            ))}
          {contract.status === 'pending' && signedBy[viewerSide] && (
            <p className="text-sm text-zinc-600">You have signed. Waiting for {otherPartyName} to sign.</p>
          )}
          <SignDeadlineNote contract={contract} />
        </ContractOverview>
        {props.payments}
        {props.submissions}
        {props.dispute}
        <TerminationPanel
          status={contract.status}
          terminatedAt={contract.terminatedAt}
          requestedBy={contract.terminationRequestedBy}
          viewerSide={viewerSide}
          otherPartyName={otherPartyName}
          canTerminate={props.canTerminate}
          actions={actions}
          fields={fields}
        />
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
