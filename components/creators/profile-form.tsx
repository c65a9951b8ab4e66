'use client';

import { useActionState } from 'react';
import { updateCreatorProfileAction } from '@/app/(creator)/creator/profile/actions';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import { TextareaField } from '@/components/ui/textarea-field';
import { platforms } from '@/db/schema/profiles';
import type { OwnProfile } from '@/lib/creators/queries';
import { DemographicsFieldsets } from './demographics-fieldsets';
import { HandleFieldset } from './handles-fieldset';

export interface CreatorProfileFormOptions {
  countries: SelectOption[];
  timeZones: SelectOption[];
}

/** Option lists come from the server: the browser's Intl data may name or list them differently. */
export function CreatorProfileForm({ profile, options }: { profile: OwnProfile | null; options: CreatorProfileFormOptions }) {
  const [state, formAction, pending] = useActionState(updateCreatorProfileAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-8">
      <FormError state={state} />
      {state?.ok && <Alert tone="success">{state.data}</Alert>}
      <section aria-labelledby="about-heading" className="space-y-5">
        <h2 id="about-heading" className="text-lg font-semibold text-zinc-900">
          About you
        </h2>
        <Field
          label="Display name"
          name="displayName"
          defaultValue={profile?.displayName ?? ''}
          autoComplete="nickname"
          error={fieldError(state, 'displayName')}
        />
        <TextareaField
          label="Bio"
          name="bio"
          rows={4}
          defaultValue={profile?.bio ?? ''}
          hint="What you create and for whom, in at least 40 characters. Brands read it first."
          error={fieldError(state, 'bio')}
        />
        <div className="flex items-end gap-4">
          {profile?.avatarUrl && (
            // eslint-disable-next-line @next/next/no-img-element -- served by our own route with long-lived cache headers
            <img
              src={profile.avatarUrl}
              alt="Your current avatar"
              className="size-16 rounded-full border border-zinc-200 object-cover"
            />
          )}
          <div className="flex-1">
            <Field
              label="Avatar"
              name="avatar"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              hint="PNG, JPEG or WebP, up to 2 MB. Leave empty to keep your current avatar."
              error={fieldError(state, 'avatar')}
              className="file:mr-3 file:rounded file:border-0 file:bg-zinc-100 file:px-3 file:py-1 file:text-sm file:font-medium"
            />
          </div>
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            label="Country"
            name="country"
            options={options.countries}
            placeholder="Choose a country"
            defaultValue={profile?.country ?? ''}
            error={fieldError(state, 'country')}
          />
          <SelectField
            label="Time zone"
            name="timezone"
            options={options.timeZones}
            placeholder="Choose a time zone"
            defaultValue={profile?.timezone ?? ''}
            error={fieldError(state, 'timezone')}
          />
        </div>
      </section>
      <section aria-labelledby="platforms-heading" className="space-y-4">
        <h2 id="platforms-heading" className="text-lg font-semibold text-zinc-900">
          Your platforms
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {platforms.map((platform) => (
            <HandleFieldset key={platform} platform={platform} handle={profile?.handles?.[platform]} state={state} />
          ))}
        </div>
      </section>
      <section aria-labelledby="audience-heading" className="space-y-4">
        <h2 id="audience-heading" className="text-lg font-semibold text-zinc-900">
          Your audience
        </h2>
        <DemographicsFieldsets demographics={profile?.audienceDemographics ?? null} countries={options.countries} state={state} />
      </section>
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Save profile
      </Button>
    </form>
  );
}
