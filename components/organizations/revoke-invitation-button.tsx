'use client';

import { useActionState } from 'react';
import { revokeInvitationAction } from '@/app/(brand)/brand/[orgSlug]/team/actions';
import { Button } from '@/components/ui/button';
import { InlineResult } from './inline-result';

export function RevokeInvitationButton({
  orgSlug,
  invitationId,
  email,
}: {
  orgSlug: string;
  invitationId: string;
  email: string;
}) {
  const [state, formAction, pending] = useActionState(revokeInvitationAction, null);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <Button
        type="submit"
        variant="secondary"
        pending={pending}
        pendingLabel="Revoking…"
        aria-label={`Revoke invitation to ${email}`}
        className="px-3 py-1.5"
      >
        Revoke
      </Button>
      <InlineResult state={state} />
    </form>
  );
}
