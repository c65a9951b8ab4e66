'use client';

import { useActionState } from 'react';
import { fieldError, keepValuesOnReset } from '@/components/forms/form-state';
import { ActionMessage } from '@/components/kyc/action-message';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';
import type { ActionInput } from '@/lib/actions/clients';
import type { ActionResult } from '@/lib/actions/result';

interface ResolveIssueFormProps {
  issueId: string;
  action: (previous: ActionResult | null, input: ActionInput) => Promise<ActionResult>;
}

export function ResolveIssueForm({ issueId, action }: ResolveIssueFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="min-w-64 space-y-2">
      <ActionMessage state={state} />
      <input type="hidden" name="issueId" value={issueId} />
      <TextareaField
        label="Note"
        name="note"
        id={`note-${issueId}`}
        rows={2}
        maxLength={2000}
        required
        hint="How the difference was settled."
        error={fieldError(state, 'note')}
      />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Saving…">
        Mark resolved
      </Button>
    </form>
  );
}
