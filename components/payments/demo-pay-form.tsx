'use client';

import { useActionState } from 'react';
import { payDemoAction } from '@/app/pay/demo/[paymentId]/actions';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { demoTestCardsHint } from './labels';

interface DemoPayFormProps {
  paymentId: string;
  orgSlug: string;
  contractId: string;
  milestoneIndex: number;
  amount: string;
  currency: string;
}

export function DemoPayForm({ paymentId, orgSlug, contractId, milestoneIndex, amount, currency }: DemoPayFormProps) {
  const [state, formAction, pending] = useActionState(payDemoAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-4">
      <FormError state={state} />
      <input type="hidden" name="paymentId" value={state?.paymentId ?? paymentId} />
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="contractId" value={contractId} />
      <input type="hidden" name="milestoneIndex" value={milestoneIndex} />
      <Field
        label="Card number"
        name="cardNumber"
        id="card-number"
        inputMode="numeric"
        autoComplete="cc-number"
        required
        hint={demoTestCardsHint}
        error={fieldError(state, 'cardNumber')}
      />
      <Button type="submit" pending={pending} pendingLabel="Paying…">
        Pay {amount} {currency}
      </Button>
    </form>
  );
}
