'use client';

import { useActionState } from 'react';
import { resendVerificationAction } from '@/app/(auth)/actions';

export function ResendVerificationButton() {
  const [state, formAction, pending] = useActionState(resendVerificationAction, null);
  if (state?.ok) return <span role="status">{state.data}</span>;
  return (
    <form action={formAction} className="inline">
      <button type="submit" disabled={pending} className="font-medium underline underline-offset-2 disabled:opacity-60">
        {pending ? 'Sending…' : 'Send a new link'}
      </button>
      {state && !state.ok && (
        <span role="alert" className="ml-2 text-red-700">
          {state.error}
        </span>
      )}
    </form>
  );
}
