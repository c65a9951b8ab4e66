'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import type { Action } from '@/lib/actions/clients';

interface AddToShortlistFormProps {
  orgSlug: string;
  creatorId: string;
  displayName: string;
  shortlists: readonly SelectOption[];
  action: Action<{ shortlistId: string }>;
}

export function AddToShortlistForm({ orgSlug, creatorId, displayName, shortlists, action }: AddToShortlistFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex min-w-56 flex-col gap-2">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="creatorId" value={creatorId} />
      <SelectField id={`shortlist-${creatorId}`} label="Shortlist" name="shortlistId" options={shortlists} required />
      <Button type="submit" variant="secondary" pending={pending}>
        Add {displayName} to shortlist
      </Button>
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
      {state?.ok && <Alert tone="success">Added.</Alert>}
    </form>
  );
}
