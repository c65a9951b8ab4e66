import { and, eq, gt, isNull } from 'drizzle-orm';
import { authTokens, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { appUrl } from '@/lib/config/env';
import { withTransaction, type Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { queueEmail } from '@/lib/mail/outbox';

const verificationLifetimeMs = 48 * 60 * 60 * 1000;
const resetLifetimeMs = 60 * 60 * 1000;

export type TokenPurpose = 'email_verification' | 'password_reset';

/** Issues a single-use token for the user and queues the mail that carries it, in the caller's transaction. */
export async function issueTokenEmail(ctx: Ctx, user: { id: string; email: string }, purpose: TokenPurpose) {
  const { token, tokenHash } = newToken();
  const lifetime = purpose === 'email_verification' ? verificationLifetimeMs : resetLifetimeMs;
  await ctx.db.insert(authTokens).values({ userId: user.id, purpose, tokenHash, expiresAt: new Date(Date.now() + lifetime) });
  const link =
    purpose === 'email_verification' ? `${appUrl()}/verify-email?token=${token}` : `${appUrl()}/reset-password?token=${token}`;
  await queueEmail(ctx.db, {
    to: user.email,
    template: purpose,
    subject: purpose === 'email_verification' ? 'Confirm your email for Pactly' : 'Reset your Pactly password',
    text:
      purpose === 'email_verification'
        ? `Welcome to Pactly. Confirm your email address by opening this link within 48 hours:\n\n${link}\n`
        : `Someone asked to reset the password of your Pactly account. If it was you, open this link within 1 hour:\n\n${link}\n\nIf it was not you, ignore this message.`,
  });
}

/** Marks an unused, unexpired token as used and returns its user id; a second use finds nothing. */
export async function consumeToken(ctx: Ctx, token: string, purpose: TokenPurpose): Promise<string> {
  const [used] = await ctx.db
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(token)),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: authTokens.userId });
  if (!used) throw new ValidationError('This link is invalid, expired or already used. Ask for a new one.');
  return used.userId;
}

export async function verifyEmail(ctx: Ctx, token: string): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const userId = await consumeToken(tx, token, 'email_verification');
    await tx.db.update(users).set({ emailVerified: true, emailVerifiedAt: new Date() }).where(eq(users.id, userId));
    await recordAudit(tx, { action: 'verify_email', resourceType: 'user', resourceId: userId, actorId: userId });
  });
}

export async function resendVerification(ctx: Ctx & { actor: { userId: string } }): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const [user] = await tx.db
      .select({ id: users.id, email: users.email, verified: users.emailVerified })
      .from(users)
      .where(eq(users.id, ctx.actor.userId));
    if (!user || user.verified) throw new ValidationError('Your email address is already confirmed.');
    await issueTokenEmail(tx, user, 'email_verification');
  });
}
