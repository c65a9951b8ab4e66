'use client';

import { useActionState } from 'react';
import { signUpBrandAction } from '@/app/(auth)/actions';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';

/** Country names come from the server, whose Intl data can differ from the browser's. */
export function BrandSignUpForm({ countries }: { countries: { value: string; label: string }[] }) {
  const [state, formAction, pending] = useActionState(signUpBrandAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-5">
      <FormError state={state} />
      <Field label="Your name" name="name" autoComplete="name" required error={fieldError(state, 'name')} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={fieldError(state, 'email')} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters."
        error={fieldError(state, 'password')}
      />
      <Field
        label="Company name"
        name="organizationName"
        autoComplete="organization"
        required
        error={fieldError(state, 'organizationName')}
      />
      <SelectField
        label="Country"
        name="country"
        autoComplete="country"
        required
        placeholder="Choose a country"
        options={countries}
        hint="Where your company is registered."
        error={fieldError(state, 'country')}
      />
      <Button type="submit" pending={pending} pendingLabel="Creating account…" className="w-full">
        Create brand account
      </Button>
    </form>
  );
}
