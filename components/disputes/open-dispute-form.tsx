'use client';

import { useActionState } from 'react';
import { openBrandDisputeAction, openCreatorDisputeAction } from '@/app/contracts/dispute-actions';
import { fieldError, keepValuesOnReset } from '@/components/forms/form-state';
import { ActionMessage } from '@/components/kyc/action-message';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';
import { EvidenceFields } from './evidence-fields';

/** orgSlug set: the brand opens it; otherwise the creator. */
export function OpenDisputeForm({ contractId, orgSlug }: { contractId: string; orgSlug?: string }) {
  const [state, formAction, pending] = useActionState(orgSlug ? openBrandDisputeAction : openCreatorDisputeAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-4">
      <ActionMessage state={state} />
      <input type="hidden" name="contractId" value={contractId} />
      {orgSlug && <input type="hidden" name="orgSlug" value={orgSlug} />}
      <Field label="Reason" name="reason" id="dispute-reason" required maxLength={2000} error={fieldError(state, 'reason')} />
      <TextareaField
        label="Statement"
        name="statement"
        id="dispute-statement"
        rows={5}
        maxLength={5000}
        hint="What happened, in your words. Pactly staff and the other party will read it."
        error={fieldError(state, 'statement')}
      />
      <EvidenceFields state={state} idPrefix="dispute" />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Opening…" className="text-red-700">
        Open dispute
      </Button>
    </form>
  );
}
