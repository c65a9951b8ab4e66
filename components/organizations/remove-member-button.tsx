'use client';

import { useActionState, useState } from 'react';
import { removeMemberAction } from '@/app/(brand)/brand/[orgSlug]/team/actions';
import { Button } from '@/components/ui/button';
import { InlineResult } from './inline-result';

interface RemoveMemberButtonProps {
  orgSlug: string;
  memberId: string;
  memberName: string;
}

/** Removing someone asks once more in place, so a stray click changes nothing. */
export function RemoveMemberButton({ orgSlug, memberId, memberName }: RemoveMemberButtonProps) {
  const [state, formAction, pending] = useActionState(removeMemberAction, null);
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <div className="space-y-1">
        <Button variant="ghost" className="px-3 py-1.5 text-red-700 hover:text-red-800" onClick={() => setConfirming(true)}>
          Remove
        </Button>
        <InlineResult state={state} />
      </div>
    );
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="memberId" value={memberId} />
      <p className="text-sm text-zinc-700">Remove {memberName} from the organization?</p>
      <div className="flex gap-2">
        <Button type="submit" pending={pending} pendingLabel="Removing…" className="bg-red-700 px-3 py-1.5 hover:bg-red-800">
          Yes, remove
        </Button>
        <Button variant="secondary" className="px-3 py-1.5" onClick={() => setConfirming(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
      <InlineResult state={state} />
    </form>
  );
}
