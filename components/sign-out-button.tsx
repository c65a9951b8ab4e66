'use client';

import { useActionState } from 'react';
import { signOutAction } from '@/app/(auth)/actions';
import { Button } from '@/components/ui/button';

export function SignOutButton() {
  const [state, formAction, pending] = useActionState(signOutAction, null);
  return (
    <form action={formAction} className="flex items-center gap-2">
      {state && !state.ok && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Signing out…" className="px-3 py-1.5">
        Sign out
      </Button>
    </form>
  );
}
