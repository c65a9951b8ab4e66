'use client';

import { useActionState } from 'react';
import { submitDeliverableAction } from '@/app/(creator)/creator/contracts/[contractId]/submission-actions';
import { fieldError, keepValuesOnReset } from '@/components/forms/form-state';
import { ActionMessage } from '@/components/kyc/action-message';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';

export function SubmitForm({
  contractId,
  deliverableId,
  revision,
}: {
  contractId: string;
  deliverableId: string;
  revision: number;
}) {
  const [state, formAction, pending] = useActionState(submitDeliverableAction, null);
  const id = (name: string) => `${name}-${deliverableId}`;
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-4">
      <ActionMessage state={state} />
      <input type="hidden" name="contractId" value={contractId} />
      <input type="hidden" name="deliverableId" value={deliverableId} />
      <Field
        label="Link to the content"
        name="contentUrl"
        id={id('content-url')}
        type="url"
        inputMode="url"
        placeholder="https://"
        hint="A draft or the published post. Give a link, a caption or both."
        error={fieldError(state, 'contentUrl') ?? fieldError(state, 'deliverableId')}
      />
      <TextareaField
        label="Caption"
        name="caption"
        id={id('caption')}
        rows={4}
        maxLength={5000}
        error={fieldError(state, 'caption')}
      />
      <Field
        label="File (optional)"
        name="file"
        id={id('file')}
        type="file"
        accept="image/png,image/jpeg,image/webp,video/mp4,application/pdf"
        hint="PNG, JPEG, WebP, MP4 or PDF, up to 10 MB."
        error={fieldError(state, 'file')}
      />
      <Button type="submit" pending={pending} pendingLabel="Submitting…">
        {revision > 1 ? `Submit revision ${revision} for review` : 'Submit for review'}
      </Button>
    </form>
  );
}
