import { eq } from 'drizzle-orm';
import { connection } from 'next/server';
import { cache } from 'react';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import type { SessionUser } from '@/lib/actions/clients';
import { auth } from './index';

/**
 * The signed-in user, re-read from the database once per request so that a suspension takes effect
 * immediately rather than when the session cookie expires.
 */
export const currentUser = cache(async (): Promise<(SessionUser & { name: string | null; emailVerified: boolean }) | null> => {
  await connection();
  const session = await auth();
  if (!session?.user?.id) return null;
  const [user] = await db()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      status: users.status,
      emailVerified: users.emailVerified,
    })
    .from(users)
    .where(eq(users.id, session.user.id));
  return user && user.status === 'active' ? user : null;
});
