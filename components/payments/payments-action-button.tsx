'use client';

import { useActionState } from 'react';
import { ActionMessage } from '@/components/kyc/action-message';
import { Button, type ButtonVariant } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import type { ActionInput } from '@/lib/actions/clients';

interface PaymentsActionButtonProps {
  action: (previous: ActionResult | null, input: ActionInput) => Promise<ActionResult>;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
}

/** A one-button form: the action redirects, or its outcome shows as role="alert" or role="status". */
export function PaymentsActionButton({ action, label, pendingLabel, variant = 'primary' }: PaymentsActionButtonProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <ActionMessage state={state} />
      <Button type="submit" variant={variant} pending={pending} pendingLabel={pendingLabel}>
        {label}
      </Button>
    </form>
  );
}
