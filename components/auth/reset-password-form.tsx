'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { resetPasswordAction } from '@/app/(auth)/actions';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(resetPasswordAction, null);
  const brokenLink = fieldError(state, 'token') !== undefined;
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-5">
      <FormError
        state={state}
        message={brokenLink ? 'This reset link is incomplete. Open the full link from the email.' : undefined}
      >
        {state && !state.ok && (brokenLink || !state.fieldErrors) && (
          <Link href="/forgot-password" className="mt-2 inline-block font-medium underline underline-offset-2">
            Request a new reset link
          </Link>
        )}
      </FormError>
      <input type="hidden" name="token" value={token} />
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters."
        error={fieldError(state, 'password')}
      />
      <Field
        label="Confirm new password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldError(state, 'confirmPassword')}
      />
      <Button type="submit" pending={pending} pendingLabel="Saving…" className="w-full">
        Set new password
      </Button>
    </form>
  );
}
