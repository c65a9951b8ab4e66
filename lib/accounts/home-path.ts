import { asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { organizationMembers, organizations, users } from '@/db/schema';

/** Where a user lands after signing in: staff in the back office, creators at home, brand users in their first organization. */
export async function homePathFor(db: Executor, email: string): Promise<string> {
  const [row] = await db
    .select({ role: users.role, slug: organizations.slug })
    .from(users)
    .leftJoin(organizationMembers, eq(organizationMembers.userId, users.id))
    .leftJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(users.email, email))
    .orderBy(asc(organizationMembers.joinedAt))
    .limit(1);
  if (!row) return '/sign-in';
  if (row.role === 'admin' || row.role === 'support') return '/admin';
  if (row.role === 'influencer') return '/creator';
  return row.slug ? `/brand/${row.slug}` : '/brand';
}
