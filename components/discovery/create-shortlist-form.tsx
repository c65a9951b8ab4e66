'use client';

import { useActionState } from 'react';
import { FormError, fieldError, keepValuesOnReset } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { Action } from '@/lib/actions/clients';

interface CreateShortlistFormProps {
  orgSlug: string;
  action: Action<{ id: string }>;
}

export function CreateShortlistForm({ orgSlug, action }: CreateShortlistFormProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      onReset={state && !state.ok ? keepValuesOnReset : undefined}
      className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm"
    >
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <div className="min-w-64 flex-1">
        <Field label="Shortlist name" name="name" required maxLength={120} error={fieldError(state, 'name')} />
      </div>
      <Button type="submit" pending={pending} pendingLabel="Creating…">
        Create shortlist
      </Button>
      <div className="basis-full empty:hidden">
        <FormError state={state} />
        {state?.ok && <Alert tone="success">Shortlist created.</Alert>}
      </div>
    </form>
  );
}
