'use client';

import { useActionState } from 'react';
import { uploadKycDocumentAction } from '@/app/(brand)/brand/[orgSlug]/verification/actions';
import { fieldError } from '@/components/forms/form-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { ActionMessage } from './action-message';
import { documentKindOptions } from './labels';

export function UploadDocumentForm({ orgSlug }: { orgSlug: string }) {
  const [state, formAction, pending] = useActionState(uploadKycDocumentAction, null);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ActionMessage state={state} />
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <SelectField
        label="Document type"
        name="kind"
        id="kyc-kind"
        options={documentKindOptions}
        placeholder="Choose a type"
        required
        error={fieldError(state, 'kind')}
      />
      <Field
        label="File"
        name="file"
        id="kyc-file"
        type="file"
        accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
        hint="PDF, PNG or JPEG, up to 10 MB."
        required
        error={fieldError(state, 'file')}
      />
      <Button type="submit" pending={pending} pendingLabel="Uploading…">
        Upload document
      </Button>
    </form>
  );
}
