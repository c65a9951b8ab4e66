'use client';

import { useActionState } from 'react';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/textarea-field';
import type { Action } from '@/lib/actions/clients';

interface AnswerFormProps<T> {
  action: Action<T>;
  hidden: Record<string, string>;
}

function Hidden({ fields }: { fields: Record<string, string> }) {
  return Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

export function AcceptOfferForm<T>({ action, hidden }: AnswerFormProps<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <FormError state={state} />
      {state?.ok && <Alert tone="success">Offer accepted. The contract is ready to sign.</Alert>}
      <Hidden fields={hidden} />
      <Button type="submit" pending={pending} pendingLabel="Accepting…">
        Accept offer
      </Button>
    </form>
  );
}

export function RejectOfferForm<T>({ action, hidden }: AnswerFormProps<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-3">
      <FormError state={state} />
      {state?.ok && <Alert tone="success">Offer rejected.</Alert>}
      <Hidden fields={hidden} />
      <TextareaField
        label="Reason"
        name="reason"
        id="reject-reason"
        rows={3}
        maxLength={1000}
        required
        hint="The other side sees this reason."
        error={fieldError(state, 'reason')}
      />
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Rejecting…">
        Reject offer
      </Button>
    </form>
  );
}
