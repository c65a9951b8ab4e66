'use client';

import { useActionState } from 'react';
import { acceptInvitationAction, signOutForInvitationAction } from '@/app/invitations/actions';
import { FormError } from '@/components/forms/form-state';
import { Button } from '@/components/ui/button';

export function AcceptInvitationForm({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(acceptInvitationAction, null);
  return (
    <form action={formAction} className="space-y-4">
      <FormError state={state} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" pending={pending} pendingLabel="Joining…" className="w-full">
        Accept invitation
      </Button>
    </form>
  );
}

export function SignOutForInvitationButton({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(signOutForInvitationAction, null);
  return (
    <form action={formAction} className="space-y-4">
      <FormError state={state} />
      <input type="hidden" name="token" value={token} />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Signing out…" className="w-full">
        Sign out
      </Button>
    </form>
  );
}
