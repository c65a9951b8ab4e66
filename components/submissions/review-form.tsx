'use client';

import { useActionState } from 'react';
import { reviewSubmissionAction } from '@/app/(brand)/brand/[orgSlug]/contracts/[contractId]/submission-actions';
import { fieldError, keepValuesOnReset } from '@/components/forms/form-state';
import { ActionMessage } from '@/components/kyc/action-message';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';

interface ReviewFormProps {
  orgSlug: string;
  submissionId: string;
  /** Change requests the contract still allows for this deliverable. */
  revisionsLeft: number;
}

export function ReviewForm({ orgSlug, submissionId, revisionsLeft }: ReviewFormProps) {
  const [state, formAction, pending] = useActionState(reviewSubmissionAction, null);
  const canRequest = revisionsLeft > 0;
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-4">
      <ActionMessage state={state} />
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="submissionId" value={submissionId} />
      <TextareaField
        label="Comments"
        name="comment"
        id={`comment-${submissionId}`}
        rows={3}
        maxLength={5000}
        hint={
          canRequest
            ? `Required when you request changes. ${revisionsLeft} revision${revisionsLeft === 1 ? '' : 's'} left under the contract.`
            : 'Every revision the contract allows has been used: approve, or open a dispute.'
        }
        error={fieldError(state, 'comment')}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="approve" pending={pending}>
          Approve
        </Button>
        <Button type="submit" name="decision" value="request_changes" variant="secondary" disabled={pending || !canRequest}>
          Request changes
        </Button>
      </div>
    </form>
  );
}
