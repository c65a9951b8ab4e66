'use client';

import { useActionState } from 'react';
import { verifyEmailAction } from '@/app/(auth)/actions';
import { fieldError, FormError } from '@/components/forms/form-state';
import { Button } from '@/components/ui/button';

export function VerifyEmailForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(verifyEmailAction, null);
  const brokenLink = fieldError(state, 'token') !== undefined;
  return (
    <form action={formAction} className="space-y-5">
      <FormError
        state={state}
        message={brokenLink ? 'This confirmation link is incomplete. Open the full link from the email.' : undefined}
      />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" pending={pending} pendingLabel="Confirming…" className="w-full">
        Confirm my email
      </Button>
    </form>
  );
}
