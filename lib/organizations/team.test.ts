import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, organizationMembers, type MemberRole, type Organization, type User } from '@/db/schema';
import type { BrandCtx, SessionUser } from '@/lib/actions/clients';
import { createOrganizationWithMember, createUser, testCtx } from '@/tests/helpers/factories';
import { signInAs, testSession } from '@/tests/helpers/action-session';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { listMembers } from './queries';
import { changeMemberRole, removeMember } from './team';

vi.mock('@/lib/actions', () => import('@/tests/helpers/action-session').then((m) => m.actionsWithTestSession()));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { changeMemberRoleAction, removeMemberAction } = await import('@/app/(brand)/brand/[orgSlug]/team/actions');

let database: TestDatabase;
const asSession = (user: User): SessionUser => ({ id: user.id, email: user.email, role: user.role, status: user.status });
const signIn = (user: User) => {
  signInAs(user);
};

beforeAll(async () => {
  database = await createTestDatabase();
  testSession.db = database.db;
});
afterAll(async () => {
  await database.close();
});
beforeEach(() => {
  signInAs(null);
});

async function addMember(organization: Organization, role: MemberRole) {
  const user = await createUser(database.db, { role, name: `Person ${role}` });
  const [membership] = await database.db
    .insert(organizationMembers)
    .values({ organizationId: organization.id, userId: user.id, role })
    .returning();
  return { user, membership: membership! };
}

const membershipOf = async (organizationId: string, userId: string) =>
  (
    await database.db
      .select()
      .from(organizationMembers)
      .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)))
  )[0];
const adminCount = async (organizationId: string) =>
  (await listMembers(database.db, organizationId)).filter((member) => member.role === 'brand_admin').length;

describe('team members', () => {
  it('lists members with name, email, role and joined date', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    const member = await addMember(organization, 'brand_member');
    const members = await listMembers(database.db, organization.id);
    expect(members.map((row) => [row.email, row.role])).toEqual([
      [user.email, 'brand_admin'],
      [member.user.email, 'brand_member'],
    ]);
    expect(members[1]).toMatchObject({ id: member.membership.id, name: 'Person brand_member', joinedAt: expect.any(Date) });
  });

  it('lets an admin promote and demote a member, with an audit row each time', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    const { membership } = await addMember(organization, 'brand_member');
    signIn(user);
    const input = { orgSlug: organization.slug, memberId: membership.id };
    expect(await changeMemberRoleAction(null, { ...input, role: 'brand_admin' })).toEqual({ ok: true, data: 'Role changed.' });
    expect((await membershipOf(organization.id, membership.userId))?.role).toBe('brand_admin');
    expect(await changeMemberRoleAction(null, { ...input, role: 'brand_member' })).toMatchObject({ ok: true });
    expect((await membershipOf(organization.id, membership.userId))?.role).toBe('brand_member');
    expect(await changeMemberRoleAction(null, { ...input, role: 'brand_member' })).toEqual({
      ok: true,
      data: 'They already have this role.',
    });
    const audits = await database.db
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.resourceId, membership.id))
      .orderBy(auditLogs.createdAt);
    expect(audits.map((row) => [row.action, row.actorId, row.metadata?.before, row.metadata?.after])).toEqual([
      ['change_member_role', user.id, { role: 'brand_member' }, { role: 'brand_admin' }],
      ['change_member_role', user.id, { role: 'brand_admin' }, { role: 'brand_member' }],
    ]);
  });

  it('lets an admin remove a member, with an audit row', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    const { membership, user: leaver } = await addMember(organization, 'brand_member');
    signIn(user);
    expect(await removeMemberAction(null, { orgSlug: organization.slug, memberId: membership.id })).toEqual({
      ok: true,
      data: 'Member removed.',
    });
    expect(await membershipOf(organization.id, leaver.id)).toBeUndefined();
    const [audit] = await database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, membership.id));
    expect(audit).toMatchObject({
      action: 'remove_member',
      actorId: user.id,
      metadata: { before: { userId: leaver.id, email: leaver.email, role: 'brand_member' } },
    });
  });

  it('does not let anyone change their own role or remove themselves', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    await addMember(organization, 'brand_admin');
    const own = (await membershipOf(organization.id, user.id))!;
    signIn(user);
    expect(await changeMemberRoleAction(null, { orgSlug: organization.slug, memberId: own.id, role: 'brand_member' })).toEqual({
      ok: false,
      error: 'You cannot change your own role. Ask another admin.',
    });
    expect(await removeMemberAction(null, { orgSlug: organization.slug, memberId: own.id })).toEqual({
      ok: false,
      error: 'You cannot remove yourself. Ask another admin.',
    });
    expect((await membershipOf(organization.id, user.id))?.role).toBe('brand_admin');
  });

  it('refuses a brand member', async () => {
    const { organization } = await createOrganizationWithMember(database.db, 'brand_admin');
    const caller = await addMember(organization, 'brand_member');
    const other = await addMember(organization, 'brand_member');
    signIn(caller.user);
    const refused = { ok: false, error: 'Your role in this organization does not allow that.' };
    expect(
      await changeMemberRoleAction(null, { orgSlug: organization.slug, memberId: other.membership.id, role: 'brand_admin' }),
    ).toEqual(refused);
    expect(await removeMemberAction(null, { orgSlug: organization.slug, memberId: other.membership.id })).toEqual(refused);
    expect((await membershipOf(organization.id, other.user.id))?.role).toBe('brand_member');
  });

  it("gives another organization's admin nothing, whichever slug they send", async () => {
    const target = await createOrganizationWithMember(database.db, 'brand_admin');
    const victim = await addMember(target.organization, 'brand_member');
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(outsider.user);
    const viaTargetSlug = { orgSlug: target.organization.slug, memberId: victim.membership.id };
    expect(await changeMemberRoleAction(null, { ...viaTargetSlug, role: 'brand_admin' })).toEqual({
      ok: false,
      error: 'Organization not found.',
    });
    expect(await removeMemberAction(null, viaTargetSlug)).toEqual({ ok: false, error: 'Organization not found.' });
    // Their own slug with the other organization's member id matches no member of theirs.
    const viaOwnSlug = { orgSlug: outsider.organization.slug, memberId: victim.membership.id };
    expect(await changeMemberRoleAction(null, { ...viaOwnSlug, role: 'brand_admin' })).toEqual({
      ok: false,
      error: 'Member not found.',
    });
    expect(await removeMemberAction(null, viaOwnSlug)).toEqual({ ok: false, error: 'Member not found.' });
    expect((await membershipOf(target.organization.id, victim.user.id))?.role).toBe('brand_member');
  });
});

describe('the last admin', () => {
  it('can never be demoted or removed, whoever asks', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    const only = (await membershipOf(organization.id, user.id))!;
    const staff = await createUser(database.db, { role: 'admin' });
    // A caller the action wrapper would never let through: the rule holds in the domain function itself.
    const ctx: BrandCtx = {
      ...testCtx(database.db, { userId: staff.id, role: 'admin' }),
      actor: { userId: staff.id, role: 'admin' },
      organization: { id: organization.id, slug: organization.slug, name: organization.name },
      membershipRole: 'brand_admin',
    };
    const message = 'An organization always needs at least one admin. Make someone else an admin first.';
    await expect(changeMemberRole(ctx, { memberId: only.id, role: 'brand_member' })).rejects.toThrow(message);
    await expect(removeMember(ctx, { memberId: only.id })).rejects.toThrow(message);
    expect(await adminCount(organization.id)).toBe(1);
  });

  it('survives two admins demoting each other at the same moment: exactly one demotion wins', async () => {
    const { organization, user: first } = await createOrganizationWithMember(database.db, 'brand_admin');
    const { user: second, membership: secondMembership } = await addMember(organization, 'brand_admin');
    const firstMembership = (await membershipOf(organization.id, first.id))!;

    // The action clients of two signed-in admins, sharing this file's database.
    const { createActionClients } = await import('@/lib/actions/clients');
    const { changeMemberRoleSchema } = await import('./schemas');
    const demoteAs = (actor: User) =>
      createActionClients({
        currentUser: async () => asSession(actor),
        requestMeta: async () => ({ ip: '10.0.0.1', userAgent: 'vitest', correlationId: crypto.randomUUID() }),
        db: () => database.db,
        rethrowFrameworkError: () => {},
      }).brandAction(changeMemberRoleSchema, 'team.manage', (input, ctx) => changeMemberRole(ctx, input));

    // Hold the admin rows so that both demotions pass their permission check and then queue on the lock together.
    const { racing } = await database.sql.begin(async (gate) => {
      await gate`select id from organization_members where organization_id = ${organization.id} and role = 'brand_admin' for update`;
      const racing = [
        demoteAs(first)(null, { orgSlug: organization.slug, memberId: secondMembership.id, role: 'brand_member' }),
        demoteAs(second)(null, { orgSlug: organization.slug, memberId: firstMembership.id, role: 'brand_member' }),
      ];
      await waitForLockWaiters(2);
      return { racing };
    });
    const outcomes = await Promise.all(racing);

    expect(outcomes.filter((outcome) => outcome.ok)).toEqual([{ ok: true, data: true }]);
    expect(outcomes.find((outcome) => !outcome.ok)).toEqual({
      ok: false,
      error: 'An organization always needs at least one admin. Make someone else an admin first.',
    });
    expect(await adminCount(organization.id)).toBe(1);
    const audits = await database.db
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.action, 'change_member_role'))
      .then((rows) => rows.filter((row) => [firstMembership.id, secondMembership.id].includes(row.resourceId)));
    expect(audits).toHaveLength(1);
  });
});

/** Waits until this many other sessions of this database are blocked on a row lock. */
async function waitForLockWaiters(count: number) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const [row] = await database.sql<{ waiting: number }[]>`
      select count(*)::int as waiting from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`;
    if (row!.waiting >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`expected ${count} sessions waiting on the lock`);
}
