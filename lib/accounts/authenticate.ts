import { eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { users, type User } from '@/db/schema';
import { burnPasswordCheck, verifyPassword } from '@/lib/auth/password';

export type AuthenticatedUser = Pick<User, 'id' | 'email' | 'name' | 'role'>;

export type AuthenticationResult =
  { ok: true; user: AuthenticatedUser } | { ok: false; reason: 'invalid_credentials' | 'account_disabled' };

/** Checks the credentials; only the right password learns that an account is suspended or deleted. Records the sign-in. */
export async function authenticate(db: Executor, email: string, password: string): Promise<AuthenticationResult> {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return { ok: false, reason: 'invalid_credentials' };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: 'invalid_credentials' };
  if (user.status !== 'active') return { ok: false, reason: 'account_disabled' };
  await db.update(users).set({ lastLogin: new Date() }).where(eq(users.id, user.id));
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
