'use client';

import { useActionState } from 'react';
import type { Action } from '@/lib/actions/clients';

interface RemoveDeliverableButtonProps {
  action: Action<string>;
  orgSlug: string;
  campaignId: string;
  deliverableId: string;
  /** Read by screen readers after "Remove", e.g. "reel deliverable". */
  name: string;
}

export function RemoveDeliverableButton({ action, orgSlug, campaignId, deliverableId, name }: RemoveDeliverableButtonProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <input type="hidden" name="deliverableId" value={deliverableId} />
      <button
        type="submit"
        disabled={pending}
        className="font-medium text-red-700 underline-offset-2 hover:underline disabled:opacity-60"
      >
        {pending ? 'Removing…' : 'Remove'}
        <span className="sr-only"> {name}</span>
      </button>
      {state && !state.ok && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.error}
        </span>
      )}
    </form>
  );
}
