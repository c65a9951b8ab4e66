'use client';

import { useActionState } from 'react';
import { escalateDisputeAction } from '@/app/(admin)/admin/disputes/actions';
import { fieldError, keepValuesOnReset } from '@/components/forms/form-state';
import { ActionMessage } from '@/components/kyc/action-message';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

export function EscalateForm({ contractId }: { contractId: string }) {
  const [state, formAction, pending] = useActionState(escalateDisputeAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-4">
      <ActionMessage state={state} />
      <input type="hidden" name="contractId" value={contractId} />
      <Field
        label="Escalation note (optional)"
        name="note"
        id="escalate-note"
        maxLength={2000}
        error={fieldError(state, 'note')}
      />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Escalating…">
        Escalate
      </Button>
    </form>
  );
}
