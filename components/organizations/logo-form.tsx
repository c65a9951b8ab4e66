'use client';

import { useActionState } from 'react';
import { removeLogoAction, uploadLogoAction } from '@/app/(brand)/brand/[orgSlug]/settings/actions';
import { fieldError, FormError } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { OrganizationLogo } from './organization-logo';

interface LogoFormProps {
  orgSlug: string;
  organizationName: string;
  logoUrl: string | null;
}

export function LogoForm({ orgSlug, organizationName, logoUrl }: LogoFormProps) {
  const [uploadState, upload, uploading] = useActionState(uploadLogoAction, null);
  const [removeState, remove, removing] = useActionState(removeLogoAction, null);
  const message = uploadState?.ok ? uploadState.data : removeState?.ok ? removeState.data : null;
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-4">
        <OrganizationLogo name={organizationName} logoUrl={logoUrl} size="lg" />
        {logoUrl && (
          <form action={remove}>
            <input type="hidden" name="orgSlug" value={orgSlug} />
            <Button type="submit" variant="secondary" pending={removing} pendingLabel="Removing…">
              Remove logo
            </Button>
          </form>
        )}
      </div>
      {message && <Alert tone="success">{message}</Alert>}
      <FormError state={removeState} />
      <form action={upload} noValidate className="space-y-4">
        <FormError state={uploadState} />
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <Field
          label="Logo file"
          name="logo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          required
          hint="PNG, JPEG or WebP, up to 2 MB. A square image looks best."
          error={fieldError(uploadState, 'logo')}
          className="file:mr-3 file:rounded file:border-0 file:bg-zinc-100 file:px-3 file:py-1 file:text-sm file:font-medium"
        />
        <Button type="submit" pending={uploading} pendingLabel="Uploading…">
          Upload logo
        </Button>
      </form>
    </div>
  );
}
