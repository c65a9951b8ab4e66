'use client';

import { useActionState } from 'react';
import { FormError } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonVariant } from '@/components/ui/button';
import type { Action } from '@/lib/actions/clients';

interface ContractActionButtonProps {
  action: Action<string>;
  /** Hidden fields the action needs: contractId, and orgSlug on the brand side. */
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  describedBy?: string;
}

/** A one-button form for a contract step, with its error (role="alert") or confirmation (role="status"). */
export function ContractActionButton({
  action,
  fields,
  label,
  pendingLabel,
  variant = 'primary',
  describedBy,
}: ContractActionButtonProps) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <FormError state={state} />
      {state?.ok && <Alert tone="success">{state.data}</Alert>}
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} pending={pending} pendingLabel={pendingLabel} aria-describedby={describedBy}>
        {label}
      </Button>
    </form>
  );
}
