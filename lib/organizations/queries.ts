import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import { organizationMembers, organizations, type KycStatus, type MemberRole } from '@/db/schema';

export interface Membership {
  organization: { id: string; slug: string; name: string; kycStatus: KycStatus };
  role: MemberRole;
}

/** The caller's membership of the organization with this slug, or null: outsiders learn nothing. */
export async function findMembership(db: Executor, userId: string, orgSlug: string): Promise<Membership | null> {
  const [row] = await db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      kycStatus: organizations.kycStatus,
      role: organizationMembers.role,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(and(eq(organizationMembers.userId, userId), eq(organizations.slug, orgSlug)));
  if (!row) return null;
  const { role, ...organization } = row;
  return { organization, role };
}

export async function listMemberships(db: Executor, userId: string): Promise<Membership[]> {
  const rows = await db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      kycStatus: organizations.kycStatus,
      role: organizationMembers.role,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(asc(organizationMembers.joinedAt));
  return rows.map(({ role, ...organization }) => ({ organization, role }));
}
