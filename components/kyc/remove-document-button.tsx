'use client';

import { useActionState } from 'react';
import { removeKycDocumentAction } from '@/app/(brand)/brand/[orgSlug]/verification/actions';
import { Button } from '@/components/ui/button';
import { ActionMessage } from './action-message';

export function RemoveDocumentButton({
  orgSlug,
  documentId,
  fileName,
}: {
  orgSlug: string;
  documentId: string;
  fileName: string;
}) {
  const [state, formAction, pending] = useActionState(removeKycDocumentAction, null);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="documentId" value={documentId} />
      <Button
        type="submit"
        variant="ghost"
        pending={pending}
        pendingLabel="Removing…"
        aria-label={`Remove ${fileName}`}
        className="px-3 py-1.5 text-red-700 hover:text-red-800"
      >
        Remove
      </Button>
      {state && !state.ok && <ActionMessage state={state} />}
    </form>
  );
}
