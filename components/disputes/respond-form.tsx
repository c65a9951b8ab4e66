'use client';

import { useActionState } from 'react';
import { respondBrandDisputeAction, respondCreatorDisputeAction } from '@/app/contracts/dispute-actions';
import { fieldError, keepValuesOnReset } from '@/components/forms/form-state';
import { ActionMessage } from '@/components/kyc/action-message';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';
import { EvidenceFields } from './evidence-fields';

/** orgSlug set: the brand responds; otherwise the creator. */
export function RespondForm({ contractId, orgSlug }: { contractId: string; orgSlug?: string }) {
  const [state, formAction, pending] = useActionState(orgSlug ? respondBrandDisputeAction : respondCreatorDisputeAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-4">
      <ActionMessage state={state} />
      <input type="hidden" name="contractId" value={contractId} />
      {orgSlug && <input type="hidden" name="orgSlug" value={orgSlug} />}
      <TextareaField
        label="Response"
        name="statement"
        id="dispute-response"
        rows={5}
        required
        maxLength={5000}
        error={fieldError(state, 'statement')}
      />
      <EvidenceFields state={state} idPrefix="response" />
      <Button type="submit" pending={pending} pendingLabel="Sending…">
        Respond
      </Button>
    </form>
  );
}
