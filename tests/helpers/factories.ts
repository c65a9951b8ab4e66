import { randomBytes } from 'node:crypto';
import type { Executor } from '@/db/client';
import { organizationMembers, organizations, profiles, users, type MemberRole, type UserRole } from '@/db/schema';
import type { Ctx } from '@/lib/context';

const unique = () => randomBytes(4).toString('hex');

export function testCtx(db: Executor, actor: Ctx['actor'] = null): Ctx {
  return { db, actor, request: { ip: '127.0.0.1', userAgent: 'vitest', correlationId: crypto.randomUUID() } };
}

export async function createUser(db: Executor, overrides: Partial<typeof users.$inferInsert> & { role?: UserRole } = {}) {
  const [user] = await db
    .insert(users)
    .values({ email: `user-${unique()}@example.test`, role: 'influencer', ...overrides })
    .returning();
  return user!;
}

export async function createCreator(db: Executor, displayName = `Creator ${unique()}`) {
  const user = await createUser(db, { role: 'influencer' });
  await db.insert(profiles).values({ userId: user.id, displayName });
  return user;
}

export async function createOrganizationWithMember(db: Executor, role: MemberRole = 'brand_admin') {
  const suffix = unique();
  const [organization] = await db
    .insert(organizations)
    .values({ name: `Brand ${suffix}`, slug: `brand-${suffix}`, country: 'GB' })
    .returning();
  const user = await createUser(db, { role });
  await db.insert(organizationMembers).values({ organizationId: organization!.id, userId: user.id, role });
  return { organization: organization!, user };
}
