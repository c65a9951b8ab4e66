import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { campaigns, contracts, moneyMovements, organizations, payments, profiles, reconciliationIssues } from '@/db/schema';
import { movementBlockedReasons } from './movements/execute';
import { unreservedSql } from './movements/plan';
import { capturedStatuses } from './state';

/** Who can get waiting money moving: the creator (set up payouts), the brand (review) or Pactly staff (decide). */
export type WaitingOwner = 'creator' | 'brand' | 'staff';

/** Why money waits, where no stored sentence says it (a blocked movement and a refused one carry their own). */
export const waitingReasons = {
  retrying: 'Sent to the payment gateway but not confirmed; retrying after an error:',
  unconfirmed: 'Sent to the payment gateway over an hour ago and not confirmed yet.',
  unsent: 'Planned over an hour ago and not sent yet: check the payments-settle job.',
  releaseUnplanned: 'The contract is completed but no release of this money is planned yet.',
  refundUnplanned: 'The contract is terminated but no refund of this money is planned yet.',
  campaignCancelled: 'The campaign was cancelled while the contract is open: the brand approves the work or ends the contract.',
  uncaptured: 'Authorized on the card over a day ago and not captured; the authorization lapses after about 7 days.',
} as const;

type Expression = SQL | SQL.Aliased | AnyColumn;

/** One reason money waits: when it applies, who can unblock it, the sentence shown and when the wait began. */
interface WaitCase {
  when: SQL;
  owner: WaitingOwner;
  reason: string | Expression;
  since: Expression;
  movementId?: Expression;
}

/** The first matching case's value, as one CASE expression of a fixed type. */
const firstOf = <T>(cases: WaitCase[], value: (wait: WaitCase) => unknown, type: 'uuid' | 'text' | 'timestamptz') =>
  sql<T>`(case ${sql.join(
    cases.map((wait) => sql`when ${wait.when} then ${value(wait)}`),
    sql` `,
  )} end)::${sql.raw(type)}`;

/**
 * The columns every kind of wait yields, so the kinds can be one UNION ALL; the first matching case decides. Their names
 * are prefixed because the list joins tables with columns of the same names.
 */
function waitColumns(payment: { id: AnyColumn; currency: AnyColumn }, amount: SQL, cases: WaitCase[]) {
  return {
    paymentId: sql<string>`${payment.id}`.as('waiting_payment_id'),
    movementId: firstOf<string | null>(cases, (wait) => wait.movementId ?? sql`null`, 'uuid').as('waiting_movement_id'),
    amount: sql<string>`${amount}`.as('waiting_amount'),
    currency: sql<string>`${payment.currency}`.as('waiting_currency'),
    reason: firstOf<string>(cases, (wait) => wait.reason, 'text').as('waiting_reason'),
    owner: firstOf<WaitingOwner>(cases, (wait) => wait.owner, 'text').as('waiting_owner'),
    since: firstOf(cases, (wait) => wait.since, 'timestamptz')
      .mapWith(payments.createdAt)
      .as('waiting_since'),
  };
}

const anyOf = (cases: WaitCase[]) => or(...cases.map((wait) => wait.when))!;
const overAnHourAgo = sql`now() - interval '1 hour'`;

/** Pending movements that are blocked, retrying after an error, or stuck unsent or unconfirmed for over an hour. */
function pendingMovementWaits(db: Executor) {
  const since = moneyMovements.createdAt;
  const movementId = moneyMovements.id;
  const cases: WaitCase[] = [
    {
      when: eq(moneyMovements.blockedReason, movementBlockedReasons.payoutsNotEnabled),
      owner: 'creator',
      reason: moneyMovements.blockedReason,
      since,
      movementId,
    },
    { when: isNotNull(moneyMovements.blockedReason), owner: 'staff', reason: moneyMovements.blockedReason, since, movementId },
    {
      when: isNotNull(moneyMovements.lastError),
      owner: 'staff',
      reason: sql`${waitingReasons.retrying}::text || ' ' || ${moneyMovements.lastError}`,
      since,
      movementId,
    },
    { when: lt(moneyMovements.sentAt, overAnHourAgo), owner: 'staff', reason: waitingReasons.unconfirmed, since, movementId },
    { when: lt(moneyMovements.createdAt, overAnHourAgo), owner: 'staff', reason: waitingReasons.unsent, since, movementId },
  ];
  return db
    .select(waitColumns(payments, sql`${moneyMovements.amount}`, cases))
    .from(moneyMovements)
    .innerJoin(payments, eq(payments.id, moneyMovements.paymentId))
    .where(and(eq(moneyMovements.status, 'pending'), anyOf(cases)));
}

/**
 * Held money no movement claims, where it should be going somewhere: a refused movement put it back, the contract is
 * disputed, finished with nothing planned, or still open although its campaign was cancelled.
 */
function unclaimedHeldWaits(db: Executor) {
  const openFailures = db
    .selectDistinctOn([reconciliationIssues.paymentId], {
      paymentId: reconciliationIssues.paymentId,
      detectedAt: reconciliationIssues.detectedAt,
      reason: sql<string>`${reconciliationIssues.details}->>'reason'`.as('failure_reason'),
      movementId: sql<string>`(${reconciliationIssues.details}->>'movement')::uuid`.as('failed_movement_id'),
    })
    .from(reconciliationIssues)
    .where(and(eq(reconciliationIssues.kind, 'movement_failed'), isNull(reconciliationIssues.resolvedAt)))
    .orderBy(reconciliationIssues.paymentId, desc(reconciliationIssues.detectedAt))
    .as('open_failures');
  // Money captured after the contract's change waits from its capture.
  const heldSince = (start: SQL | AnyColumn) => sql`greatest(${start}, ${payments.capturedAt})`;
  const cases: WaitCase[] = [
    {
      when: isNotNull(openFailures.paymentId),
      owner: 'staff',
      reason: openFailures.reason,
      since: openFailures.detectedAt,
      movementId: openFailures.movementId,
    },
    {
      when: eq(contracts.status, 'disputed'),
      owner: 'staff',
      reason: movementBlockedReasons.contractDisputed,
      since: heldSince(sql`(${contracts.disputeEvidence}->>'opened_at')::timestamptz`),
    },
    {
      when: eq(contracts.status, 'completed'),
      owner: 'staff',
      reason: waitingReasons.releaseUnplanned,
      since: heldSince(contracts.completedAt),
    },
    {
      when: eq(contracts.status, 'terminated'),
      owner: 'staff',
      reason: waitingReasons.refundUnplanned,
      since: heldSince(contracts.terminatedAt),
    },
    {
      when: and(eq(campaigns.status, 'cancelled'), inArray(contracts.status, ['signed', 'active']))!,
      owner: 'brand',
      reason: waitingReasons.campaignCancelled,
      since: heldSince(campaigns.updatedAt),
    },
  ];
  return db
    .select(waitColumns(payments, unreservedSql, cases))
    .from(payments)
    .innerJoin(contracts, eq(contracts.id, payments.contractId))
    .innerJoin(campaigns, eq(campaigns.id, payments.campaignId))
    .leftJoin(openFailures, eq(openFailures.paymentId, payments.id))
    .where(and(inArray(payments.status, capturedStatuses), sql`${unreservedSql} > 0`, anyOf(cases)));
}

/** Card authorizations the capture job has not turned into escrow after a day. */
function uncapturedWaits(db: Executor) {
  const cases: WaitCase[] = [
    {
      when: lt(payments.authorizedAt, sql`now() - interval '1 day'`),
      owner: 'staff',
      reason: waitingReasons.uncaptured,
      since: payments.authorizedAt,
    },
  ];
  return db
    .select(waitColumns(payments, sql`${payments.amount}`, cases))
    .from(payments)
    .where(and(eq(payments.status, 'authorized'), anyOf(cases)));
}

/** Every wait, one row per pending movement or per payment's unclaimed money, so no amount is counted twice. */
const waitsOf = (db: Executor) =>
  db.$with('waits').as(pendingMovementWaits(db).unionAll(unclaimedHeldWaits(db)).unionAll(uncapturedWaits(db)));

/** The back office's "money waiting" list: what waits, why, for whom and since when, oldest first. */
export async function listWaitingMoney(db: Executor, { limit = 100 }: { limit?: number } = {}) {
  const waits = waitsOf(db);
  return db
    .with(waits)
    .select({
      paymentId: waits.paymentId,
      contractId: payments.contractId,
      campaignTitle: campaigns.title,
      organizationName: organizations.name,
      creatorName: sql<string>`coalesce(${profiles.displayName}, 'Creator')`,
      amount: sql<string>`${waits.amount}::numeric(19, 2)::text`,
      currency: waits.currency,
      reason: waits.reason,
      owner: waits.owner,
      since: waits.since,
      movementId: waits.movementId,
    })
    .from(waits)
    .innerJoin(payments, eq(payments.id, waits.paymentId))
    .innerJoin(campaigns, eq(campaigns.id, payments.campaignId))
    .innerJoin(organizations, eq(organizations.id, payments.payerId))
    .leftJoin(profiles, eq(profiles.userId, payments.payeeId))
    .orderBy(asc(waits.since), asc(waits.paymentId), asc(waits.movementId))
    .limit(limit);
}
export type WaitingMoneyRow = Awaited<ReturnType<typeof listWaitingMoney>>[number];

/** What waits per currency, over the whole list (not only the rows shown). */
export async function waitingMoneyTotals(db: Executor) {
  const waits = waitsOf(db);
  return db
    .with(waits)
    .select({
      currency: waits.currency,
      amount: sql<string>`sum(${waits.amount})::numeric(19, 2)::text`,
      count: sql<number>`count(*)::int`,
    })
    .from(waits)
    .groupBy(waits.currency)
    .orderBy(asc(waits.currency));
}
export type WaitingMoneyTotal = Awaited<ReturnType<typeof waitingMoneyTotals>>[number];
