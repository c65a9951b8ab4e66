'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { Action } from '@/lib/actions/clients';

export function MarkReadForm({
  notificationId,
  titleId,
  action,
}: {
  notificationId: string;
  titleId: string;
  action: Action<string>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="shrink-0">
      <input type="hidden" name="notificationId" value={notificationId} />
      <Button type="submit" variant="secondary" pending={pending} aria-describedby={titleId} className="px-3 py-1.5">
        Mark as read
      </Button>
      {state && !state.ok && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {state.error}
        </p>
      )}
    </form>
  );
}

export function MarkAllReadForm({ action }: { action: Action<string> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col items-end gap-2">
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Marking…">
        Mark all as read
      </Button>
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
    </form>
  );
}
