import { eq } from 'drizzle-orm';
import { payoutAccounts, profiles, users, type PayoutAccount } from '@/db/schema';
import { diffFields, hasChanges } from '@/lib/audit/diff';
import { recordAudit } from '@/lib/audit/record';
import { appUrl } from '@/lib/config/env';
import { withTransaction, type ActorCtx } from '@/lib/context';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { demoEvent } from './demo-events';
import { paymentGateway } from './gateway/index';
import type { PaymentGateway } from './gateway/types';
import { creatorPayoutsPath } from './links';
import { retryBlockedReleases } from './release';
import { applyStripeEvent } from './webhooks/apply';

export { creatorPayoutsPath };

function requireCreator(ctx: ActorCtx) {
  if (ctx.actor.role !== 'influencer') throw new ForbiddenError('Only creators can set up payouts.');
}

async function accountOf(ctx: ActorCtx): Promise<PayoutAccount | undefined> {
  const [account] = await ctx.db.select().from(payoutAccounts).where(eq(payoutAccounts.userId, ctx.actor.userId));
  return account;
}

/** The creator's connected account (created once, or again when the gateway changed) and a link to onboard on it. */
export async function startPayoutOnboarding(
  ctx: ActorCtx,
  gateway: PaymentGateway = paymentGateway(ctx.db),
): Promise<{ url: string }> {
  requireCreator(ctx);
  let account = await accountOf(ctx);
  if (!account || account.gateway !== gateway.kind) {
    const [user] = await ctx.db
      .select({ email: users.email, country: profiles.country })
      .from(users)
      .leftJoin(profiles, eq(profiles.userId, users.id))
      .where(eq(users.id, ctx.actor.userId));
    if (!user) throw new NotFoundError('Account not found.');
    const created = await gateway.createConnectedAccount({ userId: ctx.actor.userId, email: user.email, country: user.country });
    account = await withTransaction(ctx, async (tx) => {
      const values = { gateway: gateway.kind, stripeAccountId: created.id, detailsSubmitted: false, payoutsEnabled: false };
      const [saved] = await tx.db
        .insert(payoutAccounts)
        .values({ userId: ctx.actor.userId, ...values })
        .onConflictDoUpdate({ target: payoutAccounts.userId, set: { ...values, updatedAt: new Date() } })
        .returning();
      await recordAudit(tx, {
        action: 'create_payout_account',
        resourceType: 'payout_account',
        resourceId: ctx.actor.userId,
        metadata: { ...diffFields(account ?? {}, values), stripeAccountId: created.id },
      });
      return saved!;
    });
  }
  const page = new URL(creatorPayoutsPath, appUrl()).toString();
  return gateway.createAccountLink({
    accountId: account.stripeAccountId,
    refreshUrl: page,
    returnUrl: `${page}?onboarding=returned`,
  });
}

/** Reads the account's state from the gateway (e.g. on return from onboarding); enabled payouts release what waited. */
export async function refreshPayoutAccount(
  ctx: ActorCtx,
  gateway: PaymentGateway = paymentGateway(ctx.db),
): Promise<{ payoutsEnabled: boolean; detailsSubmitted: boolean; released: number }> {
  requireCreator(ctx);
  const account = await accountOf(ctx);
  if (!account) throw new NotFoundError('Set up payouts first.');
  if (account.gateway !== gateway.kind)
    throw new ConflictError('This payout account belongs to another payment gateway: set up payouts again.');
  const remote = await gateway.retrieveAccount(account.stripeAccountId);
  const changes = { payoutsEnabled: remote.payoutsEnabled, detailsSubmitted: remote.detailsSubmitted };
  const diff = diffFields(account, changes);
  if (hasChanges(diff)) {
    await withTransaction(ctx, async (tx) => {
      await tx.db.update(payoutAccounts).set(changes).where(eq(payoutAccounts.userId, account.userId));
      await recordAudit(tx, {
        action: 'refresh_payout_account',
        resourceType: 'payout_account',
        resourceId: account.userId,
        metadata: diff,
      });
    });
  }
  const released = remote.payoutsEnabled ? await retryBlockedReleases(ctx, ctx.actor.userId, gateway) : 0;
  return { ...changes, released };
}

/** The demo's onboarding: the account becomes payout-ready through the same account.updated handler Stripe drives. */
export async function completeDemoOnboarding(ctx: ActorCtx): Promise<{ payoutsEnabled: boolean }> {
  requireCreator(ctx);
  const account = await accountOf(ctx);
  if (!account) throw new NotFoundError('Set up payouts first.');
  if (account.gateway !== 'demo') throw new ConflictError('Payouts go through Stripe: finish onboarding on Stripe.');
  await applyStripeEvent(
    ctx,
    demoEvent('account.updated', {
      id: account.stripeAccountId,
      object: 'account',
      charges_enabled: true,
      details_submitted: true,
      payouts_enabled: true,
      capabilities: { transfers: 'active' },
      metadata: { user_id: account.userId },
      type: 'express',
    }),
  );
  // The handler retries waiting releases too; running it here again is a no-op when it already did.
  await retryBlockedReleases(ctx, ctx.actor.userId);
  const updated = await accountOf(ctx);
  return { payoutsEnabled: updated?.payoutsEnabled ?? false };
}
