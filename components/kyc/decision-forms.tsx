'use client';

import { useActionState } from 'react';
import { approveKycAction, rejectKycAction } from '@/app/(admin)/admin/kyc/actions';
import { fieldError, keepValuesOnReset } from '@/components/forms/form-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ActionMessage } from './action-message';

export function ApproveCheckForm({ checkId }: { checkId: string }) {
  const [state, formAction, pending] = useActionState(approveKycAction, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="checkId" value={checkId} />
      <Button type="submit" pending={pending} pendingLabel="Approving…" className="px-3 py-1.5">
        Approve
      </Button>
      <ActionMessage state={state} />
    </form>
  );
}

export function RejectCheckForm({ checkId }: { checkId: string }) {
  const [state, formAction, pending] = useActionState(rejectKycAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-2">
      <ActionMessage state={state} />
      <input type="hidden" name="checkId" value={checkId} />
      <Field
        label="Reason"
        name="reason"
        id={`reason-${checkId}`}
        required
        maxLength={2000}
        hint="Shown to the brand."
        error={fieldError(state, 'reason')}
      />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Rejecting…" className="px-3 py-1.5 text-red-700">
        Reject
      </Button>
    </form>
  );
}
