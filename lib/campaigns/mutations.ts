import { and, eq } from 'drizzle-orm';
import { campaigns, type CampaignBrief, type CampaignStatus } from '@/db/schema';
import type { BrandCtx } from '@/lib/actions/clients';
import { recordAudit } from '@/lib/audit/record';
import { diffFields, hasChanges } from '@/lib/audit/diff';
import { withTransaction } from '@/lib/context';
import { ConflictError, ValidationError } from '@/lib/errors';
import { getOrganizationCurrency, lockCampaign, type CampaignRow } from './queries';
import { campaignFieldLabels, type CampaignInput } from './schemas';
import { isDraftOnlyEdit } from './transitions';

/** Messages for the database's own checks, which catch what slipped past validation. */
const checkMessages: Record<string, Record<string, string[]>> = {
  campaigns_budget_range_check: { budgetMax: ['The maximum budget must be at least the minimum budget.'] },
  campaigns_end_date_check: { endDate: ['The end date must be on or after the start date.'] },
  deliverables_price_range_check: {
    priceSuggested: ['Prices must go minimum ≤ suggested ≤ maximum.'],
  },
  deliverables_count_check: { count: ['Enter at least 1.'] },
};

/** Turns a PostgreSQL check_violation of a known constraint into a ValidationError with field errors. */
export function asCheckViolation(error: unknown): ValidationError | undefined {
  const pgError = ((error as { cause?: unknown })?.cause ?? error) as { code?: string; constraint_name?: string };
  if (pgError?.code !== '23514' || !pgError.constraint_name) return undefined;
  const fieldErrors = checkMessages[pgError.constraint_name];
  return new ValidationError(fieldErrors ? Object.values(fieldErrors)[0]![0]! : 'These values are not allowed.', fieldErrors);
}

/** JSON objects with their keys sorted, so that equal content compares equal in the audit diff. */
export function sortKeys<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) as T;
}

export const calendarDay = (date: Date) => date.toISOString().slice(0, 10);

/** A calendar day is stored as midnight UTC; a stored instant on the same day stays as it is. */
const dayValue = (day: string | null, current: Date | null | undefined) =>
  day === null ? null : current && calendarDay(current) === day ? current : new Date(`${day}T00:00:00.000Z`);

function campaignValues(input: CampaignInput, currency: string, current?: CampaignRow) {
  const brief: CampaignBrief = sortKeys({
    ...(current?.brief ?? {}),
    objectives: input.objectives,
    tone: input.tone ?? '',
    key_messages: input.keyMessages,
    dos: input.dos,
    donts: input.donts,
    hashtags: input.hashtags,
    mentions: input.mentions,
  });
  return {
    title: input.title,
    description: input.description,
    brief,
    budgetMin: input.budgetMin,
    budgetMax: input.budgetMax,
    currency,
    startDate: dayValue(input.startDate, current?.startDate),
    endDate: dayValue(input.endDate, current?.endDate),
    deliverableDeadline: dayValue(input.deliverableDeadline, current?.deliverableDeadline),
    submissionDeadline: dayValue(input.submissionDeadline, current?.submissionDeadline),
    contentApprovalRequired: input.contentApprovalRequired,
  };
}

type CampaignValues = ReturnType<typeof campaignValues>;

export async function orCheckViolation<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw asCheckViolation(error) ?? error;
  }
}

/** A new draft of the caller's organization, in the organization's currency unless another is chosen. */
export async function createDraft(ctx: BrandCtx, input: CampaignInput): Promise<{ id: string }> {
  return withTransaction(ctx, async (tx) => {
    const currency = input.currency ?? (await getOrganizationCurrency(tx.db, ctx.organization.id));
    const values = campaignValues(input, currency);
    const [created] = await orCheckViolation(
      tx.db
        .insert(campaigns)
        .values({ ...values, organizationId: ctx.organization.id, status: 'draft' })
        .returning({ id: campaigns.id }),
    );
    await recordAudit(tx, {
      action: 'create_campaign',
      resourceType: 'campaign',
      resourceId: created!.id,
      metadata: diffFields<Record<string, unknown>>({}, { ...values, status: 'draft' }),
    });
    return { id: created!.id };
  });
}

const finalStatuses: readonly CampaignStatus[] = ['completed', 'cancelled'];

function lockedFieldsError(status: CampaignStatus, locked: string[]): ConflictError {
  const names = locked.map((field) => campaignFieldLabels[field] ?? field);
  return new ConflictError(
    `This campaign is ${status}, so these fields can no longer change: ${names.join(', ')}. ` +
      'After publishing you can still edit the description, the brief, the submission deadline and content approval.',
    Object.fromEntries(locked.map((field) => [field, ['This can no longer change: put back the saved value.']])),
  );
}

/**
 * Saves the edit form. A draft may change everything; once published, only `editableAfterPublish`
 * fields may change (the brief's lists included), and a finished campaign not at all.
 */
export async function updateCampaign(
  ctx: BrandCtx,
  campaignId: string,
  input: CampaignInput,
): Promise<{ id: string; changed: string[] }> {
  return withTransaction(ctx, async (tx) => {
    const current = await lockCampaign(tx.db, ctx.organization.id, campaignId);
    if (finalStatuses.includes(current.status)) {
      throw new ConflictError(`This campaign is ${current.status} and can no longer be edited.`);
    }
    const next = campaignValues(input, input.currency ?? current.currency, current);
    const before: CampaignValues = {
      ...pick(current, Object.keys(next) as (keyof CampaignValues)[]),
      brief: sortKeys(current.brief ?? {}),
    };
    const changes = diffFields<CampaignValues>(before, next);
    const changed = Object.keys(changes.after) as (keyof CampaignValues)[];
    if (!hasChanges(changes)) return { id: current.id, changed: [] };
    const locked = isDraftOnlyEdit(current.status, changed);
    if (locked.length > 0) throw lockedFieldsError(current.status, locked);
    await orCheckViolation(
      tx.db
        .update(campaigns)
        .set(pick(next, changed))
        .where(and(eq(campaigns.id, current.id), eq(campaigns.organizationId, ctx.organization.id))),
    );
    await recordAudit(tx, {
      action: 'update_campaign',
      resourceType: 'campaign',
      resourceId: current.id,
      metadata: { ...changes },
    });
    return { id: current.id, changed };
  });
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, source[key]])) as Pick<T, K>;
}
