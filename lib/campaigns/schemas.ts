import { z } from 'zod';
import { deliverableTypes, type DeliverableType } from '@/db/schema';
import { isCurrencyCode } from '@/lib/reference/currencies';
import type { CampaignEvent } from './transitions';

/** An exact amount as typed: up to 17 whole digits and 2 decimals (numeric(19,2)). */
export const moneyPattern = /^\d{1,17}(\.\d{1,2})?$/;

export function toMinorUnits(amount: string): bigint {
  const [whole = '0', fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

export function fromMinorUnits(minor: bigint): string {
  const sign = minor < 0n ? '-' : '';
  const absolute = minor < 0n ? -minor : minor;
  return `${sign}${absolute / 100n}.${(absolute % 100n).toString().padStart(2, '0')}`;
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** An empty form field becomes null. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (isBlank(value) ? null : value), schema.nullable());

const money = (label: string) =>
  optional(
    z
      .string()
      .trim()
      .regex(moneyPattern, `Enter the ${label} as an amount such as 1500 or 1500.50.`)
      .transform((amount) => fromMinorUnits(toMinorUnits(amount))),
  );

const calendarDate = (label: string) => optional(z.iso.date(`Enter the ${label} as a date.`));

const text = (max: number) => optional(z.string().trim().max(max, `Use at most ${max} characters.`));

interface LineRule {
  normalise?: (line: string) => string;
  isValid?: (line: string) => boolean;
  invalid?: (line: string) => string;
  maxLength?: number;
}

/** A textarea with one entry per line (or an array), trimmed, blank lines dropped, duplicates removed. */
const lines = (rule: LineRule = {}) =>
  z
    .union([z.string(), z.array(z.string())])
    .nullish()
    .transform((value) => {
      const raw = Array.isArray(value) ? value : (value ?? '').split(/\r?\n/);
      const cleaned = raw.map((line) => line.trim()).filter((line) => line.length > 0);
      const normalised = rule.normalise ? cleaned.map(rule.normalise) : cleaned;
      const seen = new Set<string>();
      return normalised.filter((line) => !seen.has(line.toLowerCase()) && seen.add(line.toLowerCase()));
    })
    .superRefine((list, ctx) => {
      if (list.length > 50) ctx.addIssue({ code: 'custom', message: 'Use at most 50 lines.' });
      const maxLength = rule.maxLength ?? 500;
      for (const line of list) {
        if (line.length > maxLength) ctx.addIssue({ code: 'custom', message: `Keep each line under ${maxLength} characters.` });
        else if (rule.isValid && !rule.isValid(line)) ctx.addIssue({ code: 'custom', message: rule.invalid!(line) });
      }
    });

const prefixed = (prefix: string) => (line: string) => `${prefix}${line.replace(/^[#@]+/, '')}`;

export const hashtagLines = lines({
  normalise: prefixed('#'),
  isValid: (tag) => /^#[\p{L}\p{N}_]+$/u.test(tag),
  invalid: (tag) => `"${tag}" is not a hashtag: use letters, numbers and underscores, one hashtag per line.`,
  maxLength: 100,
});

export const mentionLines = lines({
  normalise: prefixed('@'),
  isValid: (handle) => /^@[\p{L}\p{N}._]+$/u.test(handle),
  invalid: (handle) => `"${handle}" is not a handle: use letters, numbers, dots and underscores, one per line.`,
  maxLength: 100,
});

const linkLines = lines({
  isValid: (link) => z.url({ protocol: /^https?$/ }).safeParse(link).success,
  invalid: (link) => `"${link}" is not a web address: start it with https://.`,
  maxLength: 2000,
});

const checkbox = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true');

const currencyField = optional(
  z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'Choose a currency.')
    .refine(isCurrencyCode, 'Choose a currency from the list.'),
);

const orgSlug = z.string().min(1).max(255);
const recordId = (what: string) => z.guid(`This ${what} does not exist.`);

const campaignFields = z.object({
  title: z.string().trim().min(1, 'Enter a title.').max(255, 'Use at most 255 characters.'),
  description: text(10_000),
  objectives: lines(),
  tone: text(255),
  keyMessages: lines(),
  dos: lines(),
  donts: lines(),
  hashtags: hashtagLines,
  mentions: mentionLines,
  budgetMin: money('minimum budget'),
  budgetMax: money('maximum budget'),
  currency: currencyField,
  startDate: calendarDate('start date'),
  endDate: calendarDate('end date'),
  deliverableDeadline: calendarDate('deliverable deadline'),
  submissionDeadline: calendarDate('submission deadline'),
  contentApprovalRequired: checkbox,
});

type CampaignFieldValues = z.output<typeof campaignFields>;

/**
 * Dates are calendar days (YYYY-MM-DD compares as text). Creators submit content for approval by the
 * submission deadline and publish it by the deliverable deadline, so submission <= deliverable; both
 * fall within the campaign's start and end dates.
 */
function checkCampaignRules(value: CampaignFieldValues, ctx: z.RefinementCtx) {
  const issue = (path: keyof CampaignFieldValues, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (value.budgetMin !== null && value.budgetMax !== null && toMinorUnits(value.budgetMin) > toMinorUnits(value.budgetMax)) {
    issue('budgetMax', 'The maximum budget must be at least the minimum budget.');
  }
  const { startDate: start, endDate: end } = value;
  if (start && end && end < start) issue('endDate', 'The end date must be on or after the start date.');
  for (const key of ['deliverableDeadline', 'submissionDeadline'] as const) {
    const deadline = value[key];
    if (!deadline) continue;
    const name = key === 'deliverableDeadline' ? 'deliverable deadline' : 'submission deadline';
    if (start && deadline < start) issue(key, `The ${name} must be on or after the start date.`);
    else if (end && deadline > end) issue(key, `The ${name} must be on or before the end date.`);
  }
  if (value.submissionDeadline && value.deliverableDeadline && value.submissionDeadline > value.deliverableDeadline) {
    issue('submissionDeadline', 'The submission deadline must be on or before the deliverable deadline.');
  }
}

export const createDraftSchema = campaignFields.extend({ orgSlug }).superRefine(checkCampaignRules);

export const updateCampaignSchema = campaignFields
  .extend({ orgSlug, campaignId: recordId('campaign') })
  .superRefine(checkCampaignRules);

export type CampaignInput = CampaignFieldValues;

const deliverableFields = z.object({
  type: z.enum(deliverableTypes, 'Choose a deliverable type.'),
  count: z.coerce
    .number('Enter how many.')
    .int('Enter a whole number.')
    .min(1, 'Enter at least 1.')
    .max(1000, 'Use at most 1000.'),
  priceMin: money('minimum price'),
  priceSuggested: money('suggested price'),
  priceMax: money('maximum price'),
  instructions: text(10_000),
  guidelineHashtags: hashtagLines,
  guidelineMentions: mentionLines,
  guidelineLinks: linkLines,
});

type DeliverableFieldValues = z.output<typeof deliverableFields>;

function checkPriceOrder(value: DeliverableFieldValues, ctx: z.RefinementCtx) {
  const [min, suggested, max] = [value.priceMin, value.priceSuggested, value.priceMax].map((price) =>
    price === null ? null : toMinorUnits(price),
  );
  const issue = (path: keyof DeliverableFieldValues, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (min != null && max != null && min > max) issue('priceMax', 'The maximum price must be at least the minimum price.');
  if (suggested != null && min != null && suggested < min) {
    issue('priceSuggested', 'The suggested price must be at least the minimum price.');
  } else if (suggested != null && max != null && suggested > max) {
    issue('priceSuggested', 'The suggested price must be at most the maximum price.');
  }
}

const campaignRef = { orgSlug, campaignId: recordId('campaign') };

export const addDeliverableSchema = deliverableFields.extend(campaignRef).superRefine(checkPriceOrder);

export const updateDeliverableSchema = deliverableFields
  .extend({ ...campaignRef, deliverableId: recordId('deliverable') })
  .superRefine(checkPriceOrder);

export const removeDeliverableSchema = z.object({ ...campaignRef, deliverableId: recordId('deliverable') });

export type DeliverableInput = DeliverableFieldValues;

/** The lifecycle events the brand drives from the campaign page; disputes have their own flow. */
export const lifecycleEvents = [
  'publish',
  'activate',
  'pause',
  'resume',
  'complete',
  'cancel',
] as const satisfies readonly CampaignEvent[];
export type LifecycleEvent = (typeof lifecycleEvents)[number];

export const transitionCampaignSchema = z.object({ ...campaignRef, event: z.enum(lifecycleEvents, 'Unknown action.') });

/** The labels of the form fields; the locked-field message and the timeline use them too. */
export const campaignFieldLabels: Partial<Record<string, string>> = {
  title: 'Title',
  description: 'Description',
  brief: 'Brief',
  objectives: 'Objectives',
  tone: 'Tone',
  keyMessages: 'Key messages',
  key_messages: 'Key messages',
  dos: "Do's",
  donts: "Don'ts",
  hashtags: 'Hashtags',
  mentions: 'Mentions',
  links: 'Links',
  budgetMin: 'Minimum budget',
  budgetMax: 'Maximum budget',
  currency: 'Currency',
  startDate: 'Start date',
  endDate: 'End date',
  deliverableDeadline: 'Deliverable deadline',
  submissionDeadline: 'Submission deadline',
  contentApprovalRequired: 'Content approval required',
  status: 'Status',
  type: 'Type',
  count: 'Count',
  priceMin: 'Minimum price',
  priceSuggested: 'Suggested price',
  priceMax: 'Maximum price',
  instructions: 'Instructions',
  guidelines: 'Guidelines',
};

export const deliverableTypeLabels: Record<DeliverableType, string> = {
  static_post: 'Static post',
  carousel: 'Carousel',
  reel: 'Reel',
  story: 'Story',
  video_ad: 'Video ad',
  unboxing: 'Unboxing',
  review: 'Review',
};
