'use client';

import { useActionState } from 'react';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import type { Action } from '@/lib/actions/clients';
import type { DeliverableFormDefaults } from './form-defaults';
import { TextareaField } from '@/components/ui/textarea-field';

interface DeliverableFormProps<T extends { id: string; message: string }> {
  /** Adding returns the new id and a message; saving an edit redirects. */
  action: Action<T>;
  orgSlug: string;
  campaignId: string;
  deliverableId?: string;
  defaults: DeliverableFormDefaults;
  typeOptions: readonly SelectOption[];
  submitLabel: 'Add deliverable' | 'Save deliverable';
}

export function DeliverableForm<T extends { id: string; message: string }>(props: DeliverableFormProps<T>) {
  const [state, formAction, pending] = useActionState(props.action, null);
  // A new deliverable empties the add form (a new key remounts it); a refused one keeps what was typed.
  const formKey = state?.ok && !props.deliverableId ? state.data.id : 'form';
  const error = (field: string) => fieldError(state, field);
  const defaults = props.defaults;
  const id = (name: string) => `${props.deliverableId ?? 'new'}-${name}`;
  return (
    <form key={formKey} action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-5">
      <FormError state={state} />
      {state?.ok && <Alert tone="success">{state.data.message}</Alert>}
      <input type="hidden" name="orgSlug" value={props.orgSlug} />
      <input type="hidden" name="campaignId" value={props.campaignId} />
      {props.deliverableId && <input type="hidden" name="deliverableId" value={props.deliverableId} />}
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          label="Type"
          name="type"
          id={id('type')}
          options={props.typeOptions}
          placeholder="Choose a type"
          defaultValue={defaults.type}
          required
          error={error('type')}
        />
        <Field
          label="Count"
          name="count"
          id={id('count')}
          type="number"
          min={1}
          step={1}
          required
          defaultValue={defaults.count}
          hint="How many of this deliverable each creator makes."
          error={error('count')}
        />
      </div>
      <div className="grid gap-5 sm:grid-cols-3">
        <Field
          label="Minimum price"
          name="priceMin"
          id={id('priceMin')}
          inputMode="decimal"
          defaultValue={defaults.priceMin}
          error={error('priceMin')}
        />
        <Field
          label="Suggested price"
          name="priceSuggested"
          id={id('priceSuggested')}
          inputMode="decimal"
          defaultValue={defaults.priceSuggested}
          error={error('priceSuggested')}
        />
        <Field
          label="Maximum price"
          name="priceMax"
          id={id('priceMax')}
          inputMode="decimal"
          defaultValue={defaults.priceMax}
          error={error('priceMax')}
        />
      </div>
      <p className="text-sm text-zinc-600">Prices are per item, in the campaign currency: minimum ≤ suggested ≤ maximum.</p>
      <TextareaField
        label="Instructions"
        name="instructions"
        id={id('instructions')}
        rows={4}
        defaultValue={defaults.instructions}
        error={error('instructions')}
      />
      <div className="grid gap-5 sm:grid-cols-3">
        <TextareaField
          label="Guideline hashtags"
          name="guidelineHashtags"
          id={id('guidelineHashtags')}
          hint="One per line."
          defaultValue={defaults.guidelineHashtags}
          error={error('guidelineHashtags')}
        />
        <TextareaField
          label="Guideline mentions"
          name="guidelineMentions"
          id={id('guidelineMentions')}
          hint="One per line."
          defaultValue={defaults.guidelineMentions}
          error={error('guidelineMentions')}
        />
        <TextareaField
          label="Guideline links"
          name="guidelineLinks"
          id={id('guidelineLinks')}
          hint="One web address per line."
          defaultValue={defaults.guidelineLinks}
          error={error('guidelineLinks')}
        />
      </div>
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        {props.submitLabel}
      </Button>
    </form>
  );
}
