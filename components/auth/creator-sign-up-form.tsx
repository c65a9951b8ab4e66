'use client';

import { useActionState } from 'react';
import { signUpCreatorAction } from '@/app/(auth)/actions';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

export function CreatorSignUpForm() {
  const [state, formAction, pending] = useActionState(signUpCreatorAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-5">
      <FormError state={state} />
      <Field
        label="Display name"
        name="displayName"
        autoComplete="nickname"
        required
        hint="The name brands will see on your profile."
        error={fieldError(state, 'displayName')}
      />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={fieldError(state, 'email')} />
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
        Create creator account
      </Button>
    </form>
  );
}
