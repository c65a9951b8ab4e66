'use client';

import { useActionState } from 'react';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField, type SelectOption } from '@/components/ui/select-field';
import type { Action } from '@/lib/actions/clients';
import { CheckboxField } from './checkbox-field';
import type { CampaignFormDefaults } from './form-defaults';
import { TextareaField } from '@/components/ui/textarea-field';

interface CampaignFormProps<T> {
  /** Creating and saving redirect to the campaign page, so the result's data is never shown. */
  action: Action<T>;
  orgSlug: string;
  campaignId?: string;
  defaults: CampaignFormDefaults;
  /** Built on the server, so the browser's own currency names cannot differ from the rendered ones. */
  currencies: readonly SelectOption[];
  submitLabel: 'Create draft' | 'Save changes';
  /** Fields that can no longer change (the campaign is published); they stay visible with a hint. */
  lockedFields?: readonly string[];
}

const legendClasses = 'text-base font-semibold text-zinc-900';

export function CampaignForm<T>({
  action,
  orgSlug,
  campaignId,
  defaults,
  currencies,
  submitLabel,
  lockedFields = [],
}: CampaignFormProps<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = (field: string) => fieldError(state, field);
  const lockHint = (field: string) =>
    lockedFields.includes(field) ? 'Locked after publishing: creators have already seen it.' : undefined;
  const linesHint = 'One per line.';
  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-8">
      <FormError state={state} />
      <input type="hidden" name="orgSlug" value={orgSlug} />
      {campaignId && <input type="hidden" name="campaignId" value={campaignId} />}

      <fieldset className="space-y-5">
        <legend className={legendClasses}>Campaign</legend>
        <Field
          label="Title"
          name="title"
          required
          maxLength={255}
          defaultValue={defaults.title}
          hint={lockHint('title')}
          error={error('title')}
        />
        <TextareaField
          label="Description"
          name="description"
          rows={4}
          defaultValue={defaults.description}
          error={error('description')}
        />
      </fieldset>

      <fieldset className="space-y-5">
        <legend className={legendClasses}>Brief</legend>
        <TextareaField
          label="Objectives"
          name="objectives"
          hint={linesHint}
          defaultValue={defaults.objectives}
          error={error('objectives')}
        />
        <Field
          label="Tone"
          name="tone"
          maxLength={255}
          defaultValue={defaults.tone}
          hint="For example: playful, expert, calm."
          error={error('tone')}
        />
        <TextareaField
          label="Key messages"
          name="keyMessages"
          hint={linesHint}
          defaultValue={defaults.keyMessages}
          error={error('keyMessages')}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextareaField label="Do's" name="dos" hint={linesHint} defaultValue={defaults.dos} error={error('dos')} />
          <TextareaField label="Don'ts" name="donts" hint={linesHint} defaultValue={defaults.donts} error={error('donts')} />
          <TextareaField
            label="Hashtags"
            name="hashtags"
            hint="One per line; # is added when missing."
            defaultValue={defaults.hashtags}
            error={error('hashtags')}
          />
          <TextareaField
            label="Mentions"
            name="mentions"
            hint="One handle per line; @ is added when missing."
            defaultValue={defaults.mentions}
            error={error('mentions')}
          />
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className={legendClasses}>Budget</legend>
        <p className="text-sm text-zinc-600">Needed before publishing. Exact amounts, for example 1500 or 1500.50.</p>
        <div className="grid gap-5 sm:grid-cols-3">
          <Field
            label="Minimum budget"
            name="budgetMin"
            inputMode="decimal"
            defaultValue={defaults.budgetMin}
            hint={lockHint('budgetMin')}
            error={error('budgetMin')}
          />
          <Field
            label="Maximum budget"
            name="budgetMax"
            inputMode="decimal"
            defaultValue={defaults.budgetMax}
            hint={lockHint('budgetMax')}
            error={error('budgetMax')}
          />
          <SelectField
            label="Currency"
            name="currency"
            options={currencies}
            defaultValue={defaults.currency}
            hint={lockHint('currency')}
            error={error('currency')}
          />
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className={legendClasses}>Dates</legend>
        <p className="text-sm text-zinc-600">
          Creators submit content for approval by the submission deadline and publish it by the deliverable deadline; both fall
          between the start and end dates.
        </p>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            label="Start date"
            name="startDate"
            type="date"
            defaultValue={defaults.startDate}
            hint={lockHint('startDate')}
            error={error('startDate')}
          />
          <Field
            label="End date"
            name="endDate"
            type="date"
            defaultValue={defaults.endDate}
            hint={lockHint('endDate')}
            error={error('endDate')}
          />
          <Field
            label="Submission deadline"
            name="submissionDeadline"
            type="date"
            defaultValue={defaults.submissionDeadline}
            error={error('submissionDeadline')}
          />
          <Field
            label="Deliverable deadline"
            name="deliverableDeadline"
            type="date"
            defaultValue={defaults.deliverableDeadline}
            hint={lockHint('deliverableDeadline')}
            error={error('deliverableDeadline')}
          />
        </div>
      </fieldset>

      <CheckboxField
        label="Content approval required"
        name="contentApprovalRequired"
        defaultChecked={defaults.contentApprovalRequired}
        hint="Creators' content must be approved by your team before it goes live."
        error={error('contentApprovalRequired')}
      />

      <Button type="submit" pending={pending} pendingLabel="Saving…">
        {submitLabel}
      </Button>
    </form>
  );
}
