'use client';

import { useActionState } from 'react';
import { signUpFromInvitationAction } from '@/app/invitations/actions';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

export function InvitationSignUpForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, pending] = useActionState(signUpFromInvitationAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-5">
      <FormError state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        label="Email"
        name="invitedEmail"
        type="email"
        value={email}
        readOnly
        hint="The invitation was sent to this address, so it is already confirmed."
        className="bg-zinc-50 text-zinc-600"
      />
      <Field label="Your name" name="name" autoComplete="name" required error={fieldError(state, 'name')} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters."
        error={fieldError(state, 'password')}
      />
      <Button type="submit" pending={pending} pendingLabel="Creating account…" className="w-full">
        Create account and join
      </Button>
    </form>
  );
}
