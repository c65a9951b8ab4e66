import { z } from 'zod';
import type { OfferTerms } from '@/db/schema';
import { fromMinorUnits, moneyPattern, toMinorUnits } from '@/lib/campaigns/schemas';
import { ValidationError } from '@/lib/errors';
import { isZeroDecimal } from '@/lib/payments/money';
import { usageChannels } from './channels';

export const maxExpiryDays = 60;
export const defaultExpiryDays = 7;
const dayMs = 24 * 60 * 60 * 1000;

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const blankToUndefined = (value: unknown) => (isBlank(value) ? undefined : value);

const amount = (label: string) =>
  z
    .string(`Enter the ${label}.`)
    .trim()
    .min(1, `Enter the ${label}.`)
    .regex(moneyPattern, `Enter the ${label} as an amount such as 1500 or 1500.50.`)
    .transform((value) => fromMinorUnits(toMinorUnits(value)))
    .refine((value) => toMinorUnits(value) > 0n, `The ${label} must be more than 0.`);

const calendarDay = (label: string) => z.preprocess(blankToUndefined, z.iso.date(`Enter the ${label} as a date.`).optional());

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number(`Enter the ${label} as a number.`)
    .int(`Enter the ${label} as a whole number.`)
    .min(min, `The ${label} must be at least ${min}.`)
    .max(max, `The ${label} must be at most ${max}.`);

/** The end of a calendar day in UTC: an offer that "expires on 12 May" can still be answered on 12 May. */
export const endOfDay = (day: string) => new Date(`${day}T23:59:59.999Z`);

/** A date (YYYY-MM-DD, the form's date field) or an instant; blank means 7 days from now. */
const expiresAt = z.preprocess(
  (value) => {
    if (isBlank(value)) return new Date(Date.now() + defaultExpiryDays * dayMs);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return endOfDay(value.trim());
    if (typeof value === 'string') return new Date(value);
    return value;
  },
  z.date('Enter the expiry as a date.').refine((date) => !Number.isNaN(date.getTime()), 'Enter the expiry as a date.'),
);

export const termsShape = {
  price: amount('price'),
  deliverables: z
    .array(
      z.object({
        deliverable_id: z.guid('Choose deliverables of this campaign.'),
        count: wholeNumber('deliverable count', 1, 1000),
      }),
      'Include at least one deliverable.',
    )
    .min(1, 'Include at least one deliverable (a count of 1 or more).')
    .max(50, 'Use at most 50 deliverables.')
    .refine((list) => new Set(list.map((item) => item.deliverable_id)).size === list.length, 'List each deliverable once.'),
  milestones: z
    .array(
      z.object({
        name: z
          .string('Name each milestone.')
          .trim()
          .min(1, 'Name each milestone.')
          .max(100, 'Keep milestone names under 100 characters.'),
        amount: amount('milestone amount'),
        due_at: calendarDay('milestone due date'),
      }),
      'Add at least one payment milestone.',
    )
    .min(1, 'Add at least one payment milestone.')
    .max(12, 'Use at most 12 milestones.'),
  usage_rights: z.object({
    channels: z.array(z.enum(usageChannels, 'Choose usage channels from the list.')).max(usageChannels.length),
    duration_days: wholeNumber('usage duration', 0, 3650),
    paid_ads_whitelisting: z.boolean(),
  }),
  revisions: wholeNumber('number of revisions', 0, 10),
  deadlines: z.object({ draft_due: calendarDay('draft deadline'), publish_due: calendarDay('publish deadline') }),
  message: z.preprocess(blankToUndefined, z.string().trim().max(2000, 'Keep the message under 2000 characters.').optional()),
  expires_at: expiresAt,
};

const termsObject = z.object(termsShape);
export type OfferTermsInput = z.output<typeof termsObject>;

/** Rules across fields; `now` is the moment of parsing, so "in the future" means now. */
export function checkTerms(value: OfferTermsInput, ctx: z.RefinementCtx, now = new Date()) {
  const issue = (path: keyof OfferTermsInput, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  // Zod runs this even when a field already failed; only amounts that parsed are added up.
  const amounts = [value.price, ...(value.milestones ?? []).map((milestone) => milestone?.amount)];
  const parsed = amounts.every((amount) => typeof amount === 'string' && moneyPattern.test(amount));
  const sum = parsed ? value.milestones.reduce((total, milestone) => total + toMinorUnits(milestone.amount), 0n) : 0n;
  if (parsed && value.milestones.length > 0 && sum !== toMinorUnits(value.price)) {
    issue(
      'milestones',
      `The milestones add up to ${fromMinorUnits(sum)} but the price is ${value.price}: they must add up exactly to the price.`,
    );
  }
  const { draft_due: draft, publish_due: publish } = value.deadlines ?? {};
  if (draft && publish && draft > publish) issue('deadlines', 'The draft deadline must be on or before the publish deadline.');
  if (!(value.expires_at instanceof Date)) return;
  if (value.expires_at.getTime() <= now.getTime()) issue('expires_at', 'The expiry must be in the future.');
  const latest = endOfDay(new Date(now.getTime() + maxExpiryDays * dayMs).toISOString().slice(0, 10));
  if (value.expires_at.getTime() > latest.getTime()) {
    issue('expires_at', `The offer can stay open for at most ${maxExpiryDays} days.`);
  }
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * The offer form sends repeated fields (one per deliverable row and milestone row, aligned by position); they become
 * the nested terms. A deliverable count of 0 or blank leaves it out; an all-blank milestone row is dropped. Input that
 * already has the nested shape (tests, other callers) passes through.
 */
export function readTermsForm(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('deliverableId' in raw || 'milestoneName' in raw)) return raw;
  const form = raw as Record<string, unknown>;
  const counts = list(form.deliverableCount);
  const deliverables = list(form.deliverableId)
    .map((id, index) => ({ deliverable_id: id, count: text(counts[index]) }))
    .filter((row) => row.count !== '' && row.count !== '0');
  const amounts = list(form.milestoneAmount);
  const dues = list(form.milestoneDueAt);
  const milestones = list(form.milestoneName)
    .map((name, index) => ({ name: text(name), amount: text(amounts[index]), due_at: text(dues[index]) || undefined }))
    .filter((row) => row.name !== '' || row.amount !== '' || row.due_at);
  return {
    ...form,
    deliverables,
    milestones,
    usage_rights: {
      channels: list(form.usageChannels),
      duration_days: isBlank(form.usageDurationDays) ? 0 : form.usageDurationDays,
      paid_ads_whitelisting:
        form.paidAdsWhitelisting === 'on' || form.paidAdsWhitelisting === 'true' || form.paidAdsWhitelisting === true,
    },
    revisions: isBlank(form.revisions) ? undefined : form.revisions,
    deadlines: { draft_due: form.draftDue, publish_due: form.publishDue },
    expires_at: form.expiresAt,
  };
}

const orgSlug = z.string().min(1).max(255);
const recordId = (what: string) => z.guid(`This ${what} does not exist.`);
const version = z.coerce.number('Reload the page and try again.').int().min(1);

const withTerms = <T extends z.ZodRawShape>(shape: T) =>
  z.preprocess(
    readTermsForm,
    z.object({ ...shape, ...termsShape }).superRefine((value, ctx) => checkTerms(value as OfferTermsInput, ctx)),
  );

export const inviteOfferSchema = withTerms({ orgSlug, campaignId: recordId('campaign'), creatorId: recordId('creator') });
export const applyOfferSchema = withTerms({ campaignId: recordId('campaign') });
export const brandCounterSchema = withTerms({ orgSlug, offerId: recordId('offer'), version });
export const creatorCounterSchema = withTerms({ offerId: recordId('offer'), version });

const reason = z
  .string('Give a reason.')
  .trim()
  .min(1, 'Give a reason so the other side knows why.')
  .max(1000, 'Keep the reason under 1000 characters.');

export const brandAcceptSchema = z.object({ orgSlug, offerId: recordId('offer'), version });
export const creatorAcceptSchema = z.object({ offerId: recordId('offer'), version });
export const brandRejectSchema = z.object({ orgSlug, offerId: recordId('offer'), version, reason });
export const creatorRejectSchema = z.object({ offerId: recordId('offer'), version, reason });

/** The terms part of a parsed action input. */
export function termsOf(input: OfferTermsInput): OfferTermsInput {
  const { price, deliverables, milestones, usage_rights, revisions, deadlines, message, expires_at } = input;
  return { price, deliverables, milestones, usage_rights, revisions, deadlines, message, expires_at };
}

/** Validates terms given as an object (domain tests, seeds); throws a ZodError when they break a rule. */
export function parseTerms(input: Record<string, unknown>, now = new Date()): OfferTermsInput {
  return termsObject.superRefine((value, ctx) => checkTerms(value, ctx, now)).parse(input);
}

/**
 * Amounts the campaign's currency can be paid in: a zero-decimal currency (JPY, KRW, …) has no cents, so 1500.50 JPY
 * could never be funded. The schema does not know the campaign, so the offer functions call this once they load it.
 */
export function checkTermsCurrency(terms: Pick<OfferTermsInput, 'price' | 'milestones'>, currency: string): void {
  if (!isZeroDecimal(currency)) return;
  const code = currency.toUpperCase();
  const fractional = (amount: string) => toMinorUnits(amount) % 100n !== 0n;
  const message = (amount: string) => `${code} has no minor unit: use a whole amount such as ${toMinorUnits(amount) / 100n}.`;
  const fieldErrors: Record<string, string[]> = {};
  if (fractional(terms.price)) fieldErrors.price = [message(terms.price)];
  const milestone = terms.milestones.find((item) => fractional(item.amount));
  if (milestone) fieldErrors.milestones = [`“${milestone.name}”: ${message(milestone.amount)}`];
  const first = Object.values(fieldErrors)[0];
  if (first) throw new ValidationError(first[0]!, fieldErrors);
}

/** The terms as stored on the offer (the expiry lives in its own column). */
export function storedTerms(input: OfferTermsInput): OfferTerms {
  const deadlines: OfferTerms['deadlines'] = {};
  if (input.deadlines.draft_due) deadlines.draft_due = input.deadlines.draft_due;
  if (input.deadlines.publish_due) deadlines.publish_due = input.deadlines.publish_due;
  return {
    deliverables: input.deliverables.map(({ deliverable_id, count }) => ({ deliverable_id, count })),
    milestones: input.milestones.map(({ name, amount, due_at }) => (due_at ? { name, amount, due_at } : { name, amount })),
    usage_rights: {
      channels: [...input.usage_rights.channels],
      duration_days: input.usage_rights.duration_days,
      paid_ads_whitelisting: input.usage_rights.paid_ads_whitelisting,
    },
    revisions: input.revisions,
    deadlines,
    ...(input.message ? { message: input.message } : {}),
  };
}
