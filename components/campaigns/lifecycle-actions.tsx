'use client';

import { useActionState } from 'react';
import { FormError } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { Action } from '@/lib/actions/clients';

export interface LifecycleButton {
  event: string;
  label: string;
  /** The id of a note that explains what the button needs (e.g. verification before publishing). */
  describedBy?: string;
}

interface LifecycleActionsProps {
  action: Action<string>;
  orgSlug: string;
  campaignId: string;
  buttons: readonly LifecycleButton[];
}

/** One form, one submit button per event: the pressed button sends its event. */
export function LifecycleActions({ action, orgSlug, campaignId, buttons }: LifecycleActionsProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <FormError state={state} />
      {state?.ok && <Alert tone="success">{state.data}</Alert>}
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <div className="flex flex-wrap gap-3">
        {buttons.map((button) => (
          <Button
            key={button.event}
            type="submit"
            name="event"
            value={button.event}
            variant={button.event === 'cancel' ? 'secondary' : 'primary'}
            disabled={pending}
            aria-describedby={button.describedBy}
          >
            {button.label}
          </Button>
        ))}
      </div>
    </form>
  );
}
