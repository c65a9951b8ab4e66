import { and, eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import { withTransaction, type Ctx } from '@/lib/context';
import { consumeToken, issueTokenEmail } from './email-verification';

/** Always succeeds from the caller's point of view, so the form does not reveal which emails have accounts. */
export async function requestPasswordReset(ctx: Ctx, email: string): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const [user] = await tx.db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(eq(users.email, email), eq(users.status, 'active')));
    if (user) await issueTokenEmail(tx, user, 'password_reset');
  });
}

export async function resetPassword(ctx: Ctx, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await withTransaction(ctx, async (tx) => {
    const userId = await consumeToken(tx, token, 'password_reset');
    // Proving control of the inbox also verifies the address.
    await tx.db.update(users).set({ passwordHash, emailVerified: true }).where(eq(users.id, userId));
    await recordAudit(tx, { action: 'reset_password', resourceType: 'user', resourceId: userId, actorId: userId });
  });
}
