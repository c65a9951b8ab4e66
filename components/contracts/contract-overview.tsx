import type { ReactNode } from 'react';
import type { ContractDetail } from '@/lib/contracts/queries';
import { Card } from '@/components/ui/card';
import { IntegrityPanel } from './integrity-panel';
import { SignaturesPanel } from './signatures-panel';
import { ContractStatusSteps } from './status-steps';

/** Status steps, both signatures and the integrity check; `children` go under the signatures (e.g. a Sign button). */
export function ContractOverview({ contract, children }: { contract: ContractDetail; children?: ReactNode }) {
  const signedBy = contract.signedBy ?? {};
  return (
    <>
      <Card>
        <ContractStatusSteps status={contract.status} statusBeforeDispute={contract.statusBeforeDispute} />
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <SignaturesPanel
            signatures={[
              { label: `Brand: ${contract.orgName}`, signerName: contract.brandSignerName, signature: signedBy.brand },
              {
                label: `Creator: ${contract.creatorName}`,
                signerName: contract.creatorSignerName,
                signature: signedBy.influencer,
              },
            ]}
          >
            {children}
          </SignaturesPanel>
        </Card>
        <Card>
          <IntegrityPanel hash={contract.contentHash} intact={contract.intact} />
        </Card>
      </div>
    </>
  );
}
