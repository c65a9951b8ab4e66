'use client';

import { useActionState } from 'react';
import { FormError, fieldError, keepValuesOnReset } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';
import type { Action } from '@/lib/actions/clients';

interface EntryFormProps {
  orgSlug: string;
  shortlistId: string;
  creatorId: string;
  displayName: string;
  action: Action<{ shortlistId: string }>;
}

function Hidden({ orgSlug, shortlistId, creatorId }: Pick<EntryFormProps, 'orgSlug' | 'shortlistId' | 'creatorId'>) {
  return (
    <>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="shortlistId" value={shortlistId} />
      <input type="hidden" name="creatorId" value={creatorId} />
    </>
  );
}

export function NoteForm({ note, ...props }: EntryFormProps & { note: string | null }) {
  const [state, formAction, pending] = useActionState(props.action, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} className="space-y-2">
      <Hidden {...props} />
      <TextareaField
        id={`note-${props.creatorId}`}
        label={`Note for ${props.displayName}`}
        name="note"
        defaultValue={note ?? ''}
        maxLength={2000}
        error={fieldError(state, 'note')}
      />
      <Button type="submit" variant="secondary" pending={pending}>
        Save note
      </Button>
      <FormError state={state} />
      {state?.ok && <Alert tone="success">Note saved.</Alert>}
    </form>
  );
}

export function RemoveEntryForm(props: EntryFormProps) {
  const [state, formAction, pending] = useActionState(props.action, null);
  return (
    <form action={formAction}>
      <Hidden {...props} />
      <Button type="submit" variant="ghost" pending={pending} aria-describedby={`entry-${props.creatorId}`}>
        Remove
      </Button>
      <FormError state={state} />
    </form>
  );
}
