import { eq } from 'drizzle-orm';
import { campaigns, payments, type MoneyMovement } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { adminRecipients, notify } from '@/lib/notifications/notify';
import { adminPaymentsPath, creatorPayoutsPath } from '../links';

async function campaignTitleOf(ctx: Ctx, paymentId: string): Promise<string> {
  const [row] = await ctx.db
    .select({ title: campaigns.title })
    .from(payments)
    .innerJoin(campaigns, eq(campaigns.id, payments.campaignId))
    .where(eq(payments.id, paymentId));
  return row?.title ?? 'a campaign';
}

const amountOf = (movement: MoneyMovement) => `${movement.amount} ${movement.currency}`;

/** A release waits for the creator's payouts: only the creator can unblock it, so they are told what waits and where. */
export async function askCreatorToSetUpPayouts(ctx: Ctx, creatorId: string, release: MoneyMovement): Promise<void> {
  const campaign = await campaignTitleOf(ctx, release.paymentId);
  await notify(ctx.db, [creatorId], {
    type: 'payouts_needed',
    title: `Set up payouts to receive ${amountOf(release)}`,
    body: `${amountOf(release)} for "${campaign}" is ready to be released to you. It waits until you finish setting up payouts, and goes out as soon as you do.`,
    link: creatorPayoutsPath,
  });
}

/** The gateway refused a release or refund for good: the money is held again and Pactly's admins decide what next. */
export async function tellAdminsMovementFailed(ctx: Ctx, movement: MoneyMovement, reason: string): Promise<void> {
  const campaign = await campaignTitleOf(ctx, movement.paymentId);
  await notify(ctx.db, await adminRecipients(ctx.db), {
    type: 'money_movement_failed',
    title: `A ${movement.kind} of ${amountOf(movement)} was refused`,
    body: `${reason} The money is held in escrow again (campaign "${campaign}", payment ${movement.paymentId}). Decide where it goes on the payments page.`,
    link: adminPaymentsPath,
  });
}
