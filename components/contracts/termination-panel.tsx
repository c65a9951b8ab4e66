import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import type { ContractStatus, CounterParty } from '@/db/schema';
import type { Action } from '@/lib/actions/clients';
import { isTerminable } from '@/lib/contracts/party';
import { ContractActionButton } from './action-button';
import { formatWhen } from './format';

export interface TerminationActions {
  request: Action<string>;
  confirm: Action<string>;
  cancel: Action<string>;
}

interface TerminationPanelProps {
  status: ContractStatus;
  terminatedAt: Date | null;
  requestedBy: CounterParty | null;
  viewerSide: CounterParty;
  otherPartyName: string;
  canTerminate: boolean;
  actions: TerminationActions;
  fields: Record<string, string>;
}

/** Mutual termination: one side asks, the other confirms (or declines); the asking side may withdraw. */
export function TerminationPanel(props: TerminationPanelProps) {
  const { status, requestedBy, viewerSide, otherPartyName, canTerminate, actions, fields } = props;
  if (status === 'terminated') {
    return (
      <Panel>
        <p className="text-sm text-zinc-700">This contract was terminated on {formatWhen(props.terminatedAt)}.</p>
      </Panel>
    );
  }
  if (!isTerminable(status)) return null;
  const state = !requestedBy ? (
    <p className="text-sm text-zinc-700">
      Either party can ask to end this contract. It ends only when the other party confirms; money still held in escrow is then
      refunded to the brand.
    </p>
  ) : requestedBy === viewerSide ? (
    <p className="text-sm text-zinc-700">You asked to terminate this contract. Waiting for {otherPartyName} to confirm.</p>
  ) : (
    <p className="text-sm text-zinc-700">
      {otherPartyName} asked to terminate this contract. Confirm to end it, or decline to continue.
    </p>
  );
  return (
    <Panel>
      {state}
      {canTerminate ? (
        <div className="flex flex-wrap gap-3">
          {!requestedBy && (
            <ContractActionButton
              action={actions.request}
              fields={fields}
              label="Request termination"
              pendingLabel="Requesting…"
              variant="secondary"
            />
          )}
          {requestedBy && requestedBy !== viewerSide && (
            <ContractActionButton
              action={actions.confirm}
              fields={fields}
              label="Confirm termination"
              pendingLabel="Terminating…"
            />
          )}
          {requestedBy && (
            <ContractActionButton
              action={actions.cancel}
              fields={fields}
              label={requestedBy === viewerSide ? 'Withdraw termination request' : 'Decline termination'}
              pendingLabel="Saving…"
              variant="secondary"
            />
          )}
        </div>
      ) : (
        <p className="text-sm text-zinc-600">Only an organization admin can request or confirm a termination.</p>
      )}
    </Panel>
  );
}

function Panel({ children }: { children: ReactNode }) {
  return (
    <Card>
      <section aria-labelledby="termination" className="space-y-3">
        <h2 id="termination" className="text-base font-semibold text-zinc-900">
          Termination
        </h2>
        {children}
      </section>
    </Card>
  );
}
