'use client';

import { useActionState } from 'react';
import { CheckboxField } from '@/components/campaigns/checkbox-field';
import { fieldError, FormError, keepValuesOnReset } from '@/components/forms/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { TextareaField } from '@/components/ui/textarea-field';
import type { Action } from '@/lib/actions/clients';
import { usageChannelLabels, usageChannels } from '@/lib/offers/channels';
import type { OfferFormDefaults } from './form-defaults';

interface OfferTermsFormProps<T> {
  action: Action<T>;
  /** Hidden fields: orgSlug, campaignId, creatorId, offerId, version as the action needs. */
  hidden: Record<string, string>;
  deliverables: readonly { id: string; label: string; campaignCount: number }[];
  currency: string;
  defaults: OfferFormDefaults;
  submitLabel: 'Send offer' | 'Apply' | 'Send counter-offer';
  successMessage?: string;
  /** Prefix for element ids, so two forms on a page never share one. */
  idPrefix: string;
}

function ErrorText({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="text-sm font-medium text-red-700">
      {message}
    </p>
  ) : null;
}

export function OfferTermsForm<T>(props: OfferTermsFormProps<T>) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const error = (field: string) => fieldError(state, field);
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const { defaults } = props;
  const milestoneRows = [...defaults.milestones];
  while (milestoneRows.length < Math.max(defaults.milestones.length + 1, 3))
    milestoneRows.push({ name: '', amount: '', dueAt: '' });
  const sectionError = (name: string) => (error(name) ? id(`${name}-error`) : undefined);

  return (
    <form action={formAction} onReset={keepValuesOnReset} noValidate className="space-y-6">
      <FormError state={state} />
      {state?.ok && props.successMessage && <Alert tone="success">{props.successMessage}</Alert>}
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field
        label="Price"
        name="price"
        id={id('price')}
        inputMode="decimal"
        required
        defaultValue={defaults.price}
        hint={`The total in ${props.currency}, such as 1500 or 1500.50. The payment milestones must add up exactly to it.`}
        error={error('price')}
      />
      <fieldset className="space-y-3" aria-describedby={sectionError('deliverables')}>
        <legend className="text-sm font-semibold text-zinc-900">Deliverables</legend>
        <p className="text-sm text-zinc-600">How many of each the creator makes; 0 leaves a deliverable out.</p>
        <ErrorText id={id('deliverables-error')} message={error('deliverables')} />
        <div className="grid gap-4 sm:grid-cols-3">
          {props.deliverables.map((item) => (
            <div key={item.id}>
              <input type="hidden" name="deliverableId" value={item.id} />
              <Field
                label={`${item.label} count`}
                name="deliverableCount"
                id={id(`count-${item.id}`)}
                type="number"
                min={0}
                max={1000}
                step={1}
                defaultValue={defaults.counts[item.id] ?? 0}
                hint={`The campaign asks for ${item.campaignCount}.`}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-3" aria-describedby={sectionError('milestones')}>
        <legend className="text-sm font-semibold text-zinc-900">Payment milestones</legend>
        <p className="text-sm text-zinc-600">At least one; leave unused rows empty. Amounts in {props.currency}.</p>
        <ErrorText id={id('milestones-error')} message={error('milestones')} />
        {milestoneRows.map((row, index) => (
          <div key={index} className="grid gap-4 sm:grid-cols-3">
            <Field
              label={`Milestone ${index + 1} name`}
              name="milestoneName"
              id={id(`milestone-${index}-name`)}
              defaultValue={row.name}
            />
            <Field
              label={`Milestone ${index + 1} amount`}
              name="milestoneAmount"
              id={id(`milestone-${index}-amount`)}
              inputMode="decimal"
              defaultValue={row.amount}
            />
            <Field
              label={`Milestone ${index + 1} due date`}
              name="milestoneDueAt"
              id={id(`milestone-${index}-due`)}
              type="date"
              defaultValue={row.dueAt}
            />
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-3" aria-describedby={sectionError('usage_rights')}>
        <legend className="text-sm font-semibold text-zinc-900">Usage rights</legend>
        <ErrorText id={id('usage_rights-error')} message={error('usage_rights')} />
        <div className="grid gap-3 sm:grid-cols-3">
          {usageChannels.map((channel) => (
            <CheckboxField
              key={channel}
              label={usageChannelLabels[channel]}
              name="usageChannels"
              id={id(`channel-${channel}`)}
              value={channel}
              defaultChecked={defaults.channels.includes(channel)}
            />
          ))}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Usage duration (days)"
            name="usageDurationDays"
            id={id('usage-duration')}
            type="number"
            min={0}
            max={3650}
            defaultValue={defaults.durationDays}
          />
          <CheckboxField
            label="Paid-ads whitelisting"
            name="paidAdsWhitelisting"
            id={id('paid-ads')}
            hint="The brand may run the content as paid ads from the creator's account."
            defaultChecked={defaults.paidAds}
          />
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Revisions included"
          name="revisions"
          id={id('revisions')}
          type="number"
          min={0}
          max={10}
          defaultValue={defaults.revisions}
          error={error('revisions')}
        />
        <Field
          label="Draft due"
          name="draftDue"
          id={id('draft-due')}
          type="date"
          defaultValue={defaults.draftDue}
          error={error('deadlines')}
        />
        <Field label="Publish due" name="publishDue" id={id('publish-due')} type="date" defaultValue={defaults.publishDue} />
      </div>
      <Field
        label="Offer expires on"
        name="expiresAt"
        id={id('expires')}
        type="date"
        defaultValue={defaults.expiresOn}
        hint="The other side can answer until the end of this day (UTC); at most 60 days ahead."
        error={error('expires_at')}
      />
      <TextareaField label="Message" name="message" id={id('message')} rows={4} maxLength={2000} error={error('message')} />
      <Button type="submit" pending={pending} pendingLabel="Sending…">
        {props.submitLabel}
      </Button>
    </form>
  );
}
