'use client';

import { useActionState } from 'react';
import { disconnectSocialAccountAction, syncSocialAccountAction } from '@/app/(creator)/creator/accounts/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { Platform } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/result';

function Outcome({ state }: { state: ActionResult<string> | null }) {
  if (!state) return null;
  return state.ok ? <Alert tone="success">{state.data}</Alert> : <Alert tone="error">{state.error}</Alert>;
}

/** Sync now and Disconnect for one connected account; each is its own small form. */
export function AccountActions({ platform }: { platform: Platform }) {
  const [syncState, syncAction, syncing] = useActionState(syncSocialAccountAction, null);
  const [disconnectState, disconnectAction, disconnecting] = useActionState(disconnectSocialAccountAction, null);
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <form action={syncAction}>
          <input type="hidden" name="platform" value={platform} />
          <Button type="submit" pending={syncing} pendingLabel="Syncing…" aria-describedby={`${platform}-handle`}>
            Sync now
          </Button>
        </form>
        <form action={disconnectAction}>
          <input type="hidden" name="platform" value={platform} />
          <Button
            type="submit"
            variant="secondary"
            pending={disconnecting}
            pendingLabel="Disconnecting…"
            aria-describedby={`${platform}-handle`}
          >
            Disconnect
          </Button>
        </form>
      </div>
      <Outcome state={syncState} />
      <Outcome state={disconnectState} />
    </div>
  );
}
