'use client';

import { useActionState } from 'react';
import { startProviderCheckAction } from '@/app/(brand)/brand/[orgSlug]/verification/actions';
import { fieldError, keepValuesOnReset } from '@/components/forms/form-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ActionMessage } from './action-message';

interface ProviderCheckFormProps {
  orgSlug: string;
  provider: 'onfido' | 'trulioo';
  label: string;
}

export function ProviderCheckForm({ orgSlug, provider, label }: ProviderCheckFormProps) {
  const [state, formAction, pending] = useActionState(startProviderCheckAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-5">
      <ActionMessage state={state} />
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="provider" value={provider} />
      {provider === 'trulioo' && (
        <>
          <Field
            label="Company registration number"
            name="registrationNumber"
            id="kyc-registration-number"
            autoComplete="off"
            required
            error={fieldError(state, 'registrationNumber')}
          />
          <Field
            label="Jurisdiction of incorporation"
            name="jurisdiction"
            id="kyc-jurisdiction"
            autoComplete="off"
            hint="Only for US and Canadian companies: the state or province code, such as DE or ON."
            error={fieldError(state, 'jurisdiction')}
          />
        </>
      )}
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Starting…">
        Verify with {label}
      </Button>
    </form>
  );
}
