'use client';

import { useActionState } from 'react';
import { adminTerminateContractAction } from '@/app/contracts/admin-actions';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';

/** For staff pages: ends a pending, signed or active contract with a note both parties are told. */
export function AdminTerminateForm({ contractId }: { contractId: string }) {
  const [state, formAction, pending] = useActionState(adminTerminateContractAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-4">
      <FormError state={state} />
      {state?.ok && <Alert tone="success">{state.data}</Alert>}
      <input type="hidden" name="contractId" value={contractId} />
      <TextareaField
        label="Reason for termination"
        name="note"
        id={`terminate-note-${contractId}`}
        hint="Both parties see this note. At least 10 characters."
        required
        error={fieldError(state, 'note')}
      />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Terminating…">
        Terminate contract
      </Button>
    </form>
  );
}
