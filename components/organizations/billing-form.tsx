'use client';

import { useActionState } from 'react';
import { saveBillingAction } from '@/app/(brand)/brand/[orgSlug]/settings/actions';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import type { BillingDetails } from '@/lib/organizations/queries';

interface BillingFormProps {
  orgSlug: string;
  billing: BillingDetails | null;
  defaultCountry: string;
  /** From the server: the browser's Intl data may name countries differently. */
  countries: SelectOption[];
}

export function BillingForm({ orgSlug, billing, defaultCountry, countries }: BillingFormProps) {
  const [state, formAction, pending] = useActionState(saveBillingAction, null);
  const error = (field: string) => fieldError(state, field);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-5">
      <FormError state={state} />
      {state?.ok && <Alert tone="success">{state.data}</Alert>}
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <Field
        label="Legal name"
        name="legalName"
        defaultValue={billing?.legalName ?? ''}
        required
        hint="As registered, e.g. Acme Drinks Ltd. Invoices are made out to this name."
        error={error('legalName')}
      />
      <Field
        label="Address line 1"
        name="addressLine1"
        defaultValue={billing?.addressLine1 ?? ''}
        required
        autoComplete="address-line1"
        error={error('addressLine1')}
      />
      <Field
        label="Address line 2"
        name="addressLine2"
        defaultValue={billing?.addressLine2 ?? ''}
        autoComplete="address-line2"
        hint="Optional."
        error={error('addressLine2')}
      />
      <div className="grid gap-5 sm:grid-cols-3">
        <Field
          label="City"
          name="city"
          defaultValue={billing?.city ?? ''}
          required
          autoComplete="address-level2"
          error={error('city')}
        />
        <Field
          label="Postal code"
          name="postalCode"
          defaultValue={billing?.postalCode ?? ''}
          autoComplete="postal-code"
          error={error('postalCode')}
        />
        <SelectField
          label="Billing country"
          name="country"
          defaultValue={billing?.country ?? defaultCountry}
          options={countries}
          required
          autoComplete="country"
          error={error('country')}
        />
      </div>
      <Field
        label="VAT or tax ID"
        name="vatId"
        defaultValue={billing?.vatId ?? ''}
        autoCapitalize="characters"
        spellCheck={false}
        hint="Optional. EU VAT numbers start with the country prefix, e.g. DE123456789."
        error={error('vatId')}
      />
      <Field
        label="Billing email"
        name="billingEmail"
        type="email"
        defaultValue={billing?.billingEmail ?? ''}
        required
        autoComplete="email"
        hint="Invoices and receipts are sent here."
        error={error('billingEmail')}
      />
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Save billing details
      </Button>
    </form>
  );
}
