'use client';

import type { ReactNode } from 'react';
import { useActionState } from 'react';
import { requestPasswordResetAction } from '@/app/(auth)/actions';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';

export function ForgotPasswordForm({ afterSending }: { afterSending?: ReactNode }) {
  const [state, formAction, pending] = useActionState(requestPasswordResetAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-5">
      <FormError state={state} />
      {state?.ok && (
        <Alert tone="success">
          <p>{state.data}</p>
          {afterSending}
        </Alert>
      )}
      <Field label="Email" name="email" type="email" autoComplete="email" required error={fieldError(state, 'email')} />
      <Button type="submit" pending={pending} pendingLabel="Sending…" className="w-full">
        Send reset link
      </Button>
    </form>
  );
}
