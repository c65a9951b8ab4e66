'use client';

import { useActionState } from 'react';
import { updateOrganizationProfileAction } from '@/app/(brand)/brand/[orgSlug]/settings/actions';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import type { SelectOption } from '@/components/ui/select-field';
import type { OrganizationProfile } from '@/lib/organizations/queries';
import { TextareaField } from '@/components/ui/textarea-field';

export interface ProfileFormOptions {
  countries: SelectOption[];
  currencies: SelectOption[];
  timeZones: SelectOption[];
}

/** Option lists come from the server: the browser's Intl data may name or list them differently. */
export function ProfileForm({ profile, options }: { profile: OrganizationProfile; options: ProfileFormOptions }) {
  const [state, formAction, pending] = useActionState(updateOrganizationProfileAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-5">
      <FormError state={state} />
      {state?.ok && <Alert tone="success">{state.data}</Alert>}
      <input type="hidden" name="orgSlug" value={profile.slug} />
      <Field
        label="Organization name"
        name="name"
        defaultValue={profile.name}
        required
        autoComplete="organization"
        error={fieldError(state, 'name')}
      />
      <Field
        label="URL"
        name="slug"
        defaultValue={profile.slug}
        required
        autoCapitalize="none"
        spellCheck={false}
        hint="Your workspace address, /brand/your-url: lower-case letters, digits and hyphens. Old links stop working when it changes."
        error={fieldError(state, 'slug')}
      />
      <TextareaField
        label="Description"
        name="description"
        defaultValue={profile.description ?? ''}
        hint="What your company does, in a few sentences. Creators see it on your campaigns."
        error={fieldError(state, 'description')}
      />
      <Field
        label="Website"
        name="website"
        type="url"
        inputMode="url"
        defaultValue={profile.website ?? ''}
        placeholder="https://"
        autoComplete="url"
        error={fieldError(state, 'website')}
      />
      <div className="grid gap-5 sm:grid-cols-3">
        <SelectField
          label="Country"
          name="country"
          defaultValue={profile.country}
          options={options.countries}
          required
          error={fieldError(state, 'country')}
        />
        <SelectField
          label="Currency"
          name="currency"
          defaultValue={profile.currency}
          options={options.currencies}
          required
          hint="The default for new campaigns."
          error={fieldError(state, 'currency')}
        />
        <SelectField
          label="Time zone"
          name="timezone"
          defaultValue={profile.timezone}
          options={options.timeZones}
          required
          hint="Deadlines are shown in this zone."
          error={fieldError(state, 'timezone')}
        />
      </div>
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Save profile
      </Button>
    </form>
  );
}
