'use client';

import { useActionState } from 'react';
import { submitKycAction } from '@/app/(brand)/brand/[orgSlug]/verification/actions';
import { Button } from '@/components/ui/button';
import { ActionMessage } from './action-message';

export function SubmitReviewForm({ orgSlug }: { orgSlug: string }) {
  const [state, formAction, pending] = useActionState(submitKycAction, null);
  return (
    <form action={formAction} className="space-y-3">
      <ActionMessage state={state} />
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <Button type="submit" pending={pending} pendingLabel="Submitting…">
        Submit for review
      </Button>
    </form>
  );
}
