import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditLogs, organizations } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { withTransaction } from '@/lib/context';
import { ConflictError } from '@/lib/errors';
import { createOrganizationWithMember, createUser } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { createActionClients, type SessionUser } from './clients';

let database: TestDatabase;
let signedIn: SessionUser | null = null;

const clients = () =>
  createActionClients({
    currentUser: async () => signedIn,
    requestMeta: async () => ({ ip: '10.0.0.1', userAgent: 'test-agent', correlationId: crypto.randomUUID() }),
    db: () => database.db,
    rethrowFrameworkError: () => {},
  });

const asSession = (user: {
  id: string;
  email: string;
  role: SessionUser['role'];
  status: SessionUser['status'];
}): SessionUser => ({
  id: user.id,
  email: user.email,
  role: user.role,
  status: user.status,
});

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const renameSchema = z.object({ orgSlug: z.string(), name: z.string().min(2, 'Too short.') });

function renameOrganizationAction() {
  return clients().brandAction(renameSchema, 'organization.manage', async (input, ctx) => {
    await withTransaction(ctx, async (tx) => {
      await tx.db.update(organizations).set({ name: input.name }).where(eq(organizations.id, ctx.organization.id));
      await recordAudit(tx, { action: 'rename_organization', resourceType: 'organization', resourceId: ctx.organization.id });
    });
    return ctx.organization.id;
  });
}

describe('action clients', () => {
  it('rejects invalid input with field errors before touching the session', async () => {
    signedIn = null;
    const result = await renameOrganizationAction()(null, { orgSlug: 'x', name: 'a' });
    expect(result).toEqual({ ok: false, error: 'Please correct the highlighted fields.', fieldErrors: { name: ['Too short.'] } });
  });

  it('refuses signed-out and suspended callers', async () => {
    signedIn = null;
    const action = clients().userAction(z.object({}), async () => 'ran');
    expect(await action(null, {})).toMatchObject({ ok: false, error: 'Please sign in first.' });
    const suspended = await createUser(database.db, { status: 'suspended' });
    signedIn = asSession(suspended);
    expect(await action(null, {})).toMatchObject({ ok: false, error: 'Please sign in first.' });
  });

  it('lets a brand admin act on their own organization and records the audit row', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signedIn = asSession(user);
    const form = new FormData();
    form.set('orgSlug', organization.slug);
    form.set('name', 'Renamed Brand');
    const result = await renameOrganizationAction()(null, form);
    expect(result).toEqual({ ok: true, data: organization.id });
    const [row] = await database.db.select().from(organizations).where(eq(organizations.id, organization.id));
    expect(row?.name).toBe('Renamed Brand');
    const audits = await database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, organization.id));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: user.id,
      action: 'rename_organization',
      userAgent: 'test-agent',
      ipAddress: '10.0.0.1',
    });
  });

  it('gives a member of another organization nothing, and changes nothing', async () => {
    const target = await createOrganizationWithMember(database.db, 'brand_admin');
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    signedIn = asSession(outsider.user);
    const result = await renameOrganizationAction()(null, { orgSlug: target.organization.slug, name: 'Hijacked' });
    expect(result).toEqual({ ok: false, error: 'Organization not found.' });
    const [row] = await database.db.select().from(organizations).where(eq(organizations.id, target.organization.id));
    expect(row?.name).toBe(target.organization.name);
  });

  it('refuses a brand member an admin-only permission', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_member');
    signedIn = asSession(user);
    const result = await renameOrganizationAction()(null, { orgSlug: organization.slug, name: 'Member Rename' });
    expect(result).toEqual({ ok: false, error: 'Your role in this organization does not allow that.' });
  });

  it('keeps creator and admin actions to their audiences', async () => {
    const creatorOnly = clients().creatorAction(z.object({}), async (_input, ctx) => ctx.actor.userId);
    const adminOnly = clients().adminAction(z.object({}), async () => 'admin');
    const supportToo = clients().adminAction(z.object({}), async () => 'staff', { allowSupport: true });
    const creator = await createUser(database.db, { role: 'influencer' });
    const support = await createUser(database.db, { role: 'support' });

    signedIn = asSession(creator);
    expect(await creatorOnly(null, {})).toEqual({ ok: true, data: creator.id });
    expect(await adminOnly(null, {})).toEqual({ ok: false, error: 'Only Pactly staff can do that.' });

    signedIn = asSession(support);
    expect(await creatorOnly(null, {})).toEqual({ ok: false, error: 'Only creators can do that.' });
    expect(await adminOnly(null, {})).toEqual({ ok: false, error: 'Only Pactly staff can do that.' });
    expect(await supportToo(null, {})).toEqual({ ok: true, data: 'staff' });
  });

  it('maps typed errors to a result and rolls back the change and its audit row', async () => {
    const { organization, user } = await createOrganizationWithMember(database.db, 'brand_admin');
    signedIn = asSession(user);
    const failing = clients().brandAction(renameSchema, 'organization.manage', async (input, ctx) => {
      await withTransaction(ctx, async (tx) => {
        await tx.db.update(organizations).set({ name: input.name }).where(eq(organizations.id, ctx.organization.id));
        await recordAudit(tx, { action: 'rename_organization', resourceType: 'organization', resourceId: ctx.organization.id });
        throw new ConflictError('Name clash.');
      });
    });
    expect(await failing(null, { orgSlug: organization.slug, name: 'Never Saved' })).toEqual({ ok: false, error: 'Name clash.' });
    const [row] = await database.db.select().from(organizations).where(eq(organizations.id, organization.id));
    expect(row?.name).toBe(organization.name);
    const [audits] = await database.db.select({ n: count() }).from(auditLogs).where(eq(auditLogs.resourceId, organization.id));
    expect(audits?.n).toBe(0);
  });

  it('hides unexpected errors behind a generic message', async () => {
    signedIn = null;
    const broken = clients().publicAction(z.object({}), async () => {
      throw new Error('secret detail');
    });
    const result = await broken(null, {});
    expect(result).toEqual({ ok: false, error: 'Something went wrong on our side. Please try again.' });
  });
});
