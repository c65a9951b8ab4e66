'use client';

import { useActionState } from 'react';
import { submitStatsAction } from '@/app/(creator)/creator/stats/actions';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { platforms } from '@/db/schema/profiles';
import { platformLabels } from '@/lib/creators/schemas';

const platformOptions = platforms.map((platform) => ({ value: platform, label: platformLabels[platform] }));

const countFields = [
  { name: 'followers', label: 'Followers', required: true },
  { name: 'following', label: 'Following' },
  { name: 'posts', label: 'Posts' },
  { name: 'averageLikes', label: 'Average likes' },
  { name: 'averageComments', label: 'Average comments' },
  { name: 'reach', label: 'Reach' },
  { name: 'impressions', label: 'Impressions' },
] as const;

export function StatsForm() {
  const [state, formAction, pending] = useActionState(submitStatsAction, null);
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-5">
      <FormError state={state} />
      {state?.ok && <Alert tone="success">{state.data}</Alert>}
      <SelectField
        label="Platform"
        name="platform"
        options={platformOptions}
        placeholder="Choose a platform"
        required
        error={fieldError(state, 'platform')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {countFields.map((field) => (
          <Field
            key={field.name}
            label={field.label}
            name={field.name}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            required={'required' in field}
            error={fieldError(state, field.name)}
          />
        ))}
        <Field
          label="Engagement rate (%)"
          name="engagementRate"
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={0.01}
          hint="For example 3.25."
          error={fieldError(state, 'engagementRate')}
        />
      </div>
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Save stats
      </Button>
    </form>
  );
}
