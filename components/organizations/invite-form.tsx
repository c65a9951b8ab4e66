'use client';

import { useActionState } from 'react';
import { inviteMemberAction } from '@/app/(brand)/brand/[orgSlug]/team/actions';
import { fieldError, FormError } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';

const roleOptions = [
  { value: 'brand_member', label: 'Member: drafts campaigns and negotiates offers' },
  { value: 'brand_admin', label: 'Admin: also publishes, signs, pays and manages the team' },
];

export function InviteForm({ orgSlug, labelledBy }: { orgSlug: string; labelledBy?: string }) {
  const [state, formAction, pending] = useActionState(inviteMemberAction, null);
  return (
    <form
      action={formAction}
      // Cleared after a sent invitation, kept when the server says no so the address can be corrected.
      onReset={(event) => {
        if (!state?.ok) event.preventDefault();
      }}
      aria-labelledby={labelledBy}
      noValidate
      className="space-y-5"
    >
      <FormError state={state} />
      {state?.ok && <Alert tone="success">{state.data}</Alert>}
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Email" name="email" type="email" autoComplete="off" required error={fieldError(state, 'email')} />
        <SelectField
          label="Role"
          name="role"
          options={roleOptions}
          defaultValue="brand_member"
          required
          error={fieldError(state, 'role')}
        />
      </div>
      <Button type="submit" pending={pending} pendingLabel="Sending…">
        Send invitation
      </Button>
    </form>
  );
}
