'use client';

import { useActionState } from 'react';
import { resolveDisputeAction } from '@/app/(admin)/admin/disputes/actions';
import { fieldError, keepValuesOnReset } from '@/components/forms/form-state';
import { ActionMessage } from '@/components/kyc/action-message';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { disputeOutcomes } from '@/lib/disputes/schemas';
import { outcomeLabels } from './labels';

const outcomeOptions = disputeOutcomes.map((outcome) => ({ value: outcome, label: outcomeLabels[outcome] }));

export function ResolveForm({ contractId, price, currency }: { contractId: string; price: string; currency: string }) {
  const [state, formAction, pending] = useActionState(resolveDisputeAction, null);
  const amountHint = `The two amounts must add up to exactly ${price} ${currency}.`;
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-4">
      <ActionMessage state={state} />
      <input type="hidden" name="contractId" value={contractId} />
      <SelectField
        label="Outcome"
        name="outcome"
        id="resolve-outcome"
        options={outcomeOptions}
        placeholder="Choose an outcome"
        required
        error={fieldError(state, 'outcome')}
      />
      <Field
        label="Amount to release"
        name="releaseAmount"
        id="resolve-release"
        inputMode="decimal"
        required
        hint={`To the creator, in ${currency}. ${amountHint}`}
        error={fieldError(state, 'releaseAmount')}
      />
      <Field
        label="Amount to refund"
        name="refundAmount"
        id="resolve-refund"
        inputMode="decimal"
        required
        hint={`To the brand, in ${currency}.`}
        error={fieldError(state, 'refundAmount')}
      />
      <TextareaField
        label="Note"
        name="note"
        id="resolve-note"
        rows={4}
        required
        maxLength={5000}
        error={fieldError(state, 'note')}
      />
      <Button type="submit" pending={pending} pendingLabel="Resolving…">
        Resolve dispute
      </Button>
    </form>
  );
}
