import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, emailOutbox, invitations, organizationMembers, users, type Organization, type User } from '@/db/schema';
import { hashToken } from '@/lib/auth/tokens';
import { appUrl } from '@/lib/config/env';
import { createOrganizationWithMember, createUser } from '@/tests/helpers/factories';
import { signInAs, testSession } from '@/tests/helpers/action-session';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { findInvitationByToken, listOpenInvitations } from './queries';

vi.mock('@/lib/actions', () => import('@/tests/helpers/action-session').then((m) => m.actionsWithTestSession()));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
// next-auth's cookie handling needs a request; what matters here is that the new user is signed in with their credentials.
const auth = vi.hoisted(() => ({ signIn: vi.fn(async () => undefined), signOut: vi.fn(async () => undefined) }));
vi.mock('@/lib/auth', () => auth);
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));

const { inviteMemberAction, revokeInvitationAction } = await import('@/app/(brand)/brand/[orgSlug]/team/actions');
const { acceptInvitationAction, signUpFromInvitationAction } = await import('@/app/invitations/actions');

let database: TestDatabase;
const signIn = (user: User | null) => {
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
  auth.signIn.mockClear();
});

const uniqueEmail = (label: string) => `${label}-${crypto.randomUUID().slice(0, 8)}@invitee.test`;

/** The raw token from the newest invitation mail to this address. */
async function tokenMailedTo(email: string): Promise<string> {
  const [mail] = await database.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, email))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  return new RegExp(`${appUrl()}/invitations/([\\w-]+)`).exec(mail!.textBody)![1]!;
}

async function invite(admin: User, organization: Organization, email: string, role = 'brand_member') {
  signIn(admin);
  const result = await inviteMemberAction(null, { orgSlug: organization.slug, email, role });
  expect(result).toMatchObject({ ok: true });
  return tokenMailedTo(email.trim().toLowerCase());
}

const invitationsTo = (organizationId: string, email: string) =>
  database.db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.email, email)))
    .orderBy(invitations.createdAt);
const membershipOf = async (organizationId: string, userId: string) =>
  (
    await database.db
      .select()
      .from(organizationMembers)
      .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)))
  )[0];

/** A redirect() inside an action surfaces as Next's redirect error; its digest carries the target. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => expect.fail('expected a redirect'),
    (thrown: unknown) => thrown as { digest?: string },
  );
  return error.digest!.split(';')[2]!;
}

describe('inviting', () => {
  it('stores only the hash of a 7-day token, mails the link and audits the invitation', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    const email = uniqueEmail('new');
    signIn(admin);
    expect(
      await inviteMemberAction(null, { orgSlug: organization.slug, email: ` ${email.toUpperCase()} `, role: 'brand_admin' }),
    ).toEqual({
      ok: true,
      data: `Invitation sent to ${email}.`,
    });
    const token = await tokenMailedTo(email);
    expect(token).toHaveLength(43);
    const [invitation] = await invitationsTo(organization.id, email);
    expect(invitation).toMatchObject({ role: 'brand_admin', tokenHash: hashToken(token), invitedBy: admin.id, acceptedAt: null });
    const lifetime = invitation!.expiresAt.getTime() - invitation!.createdAt.getTime();
    expect(Math.abs(lifetime - 7 * 24 * 3600 * 1000)).toBeLessThan(60_000);
    const [audit] = await database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, invitation!.id));
    expect(audit).toMatchObject({
      action: 'invite_member',
      actorId: admin.id,
      metadata: { after: { email, role: 'brand_admin' } },
    });
    expect(await listOpenInvitations(database.db, organization.id)).toEqual([
      expect.objectContaining({ id: invitation!.id, email }),
    ]);
  });

  it('refuses to invite an existing member', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(admin);
    expect(await inviteMemberAction(null, { orgSlug: organization.slug, email: admin.email, role: 'brand_member' })).toEqual({
      ok: false,
      error: `${admin.email} is already a member of ${organization.name}.`,
      fieldErrors: { email: ['Already a member of this organization.'] },
    });
    expect(await invitationsTo(organization.id, admin.email)).toHaveLength(0);
  });

  it('re-inviting revokes the older open invitation, whose link then stops working', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    const email = uniqueEmail('again');
    const firstToken = await invite(admin, organization, email);
    const secondToken = await invite(admin, organization, email, 'brand_admin');
    const [first, second] = await invitationsTo(organization.id, email);
    expect(first!.revokedAt).not.toBeNull();
    expect(second).toMatchObject({ revokedAt: null, role: 'brand_admin' });
    expect((await findInvitationByToken(database.db, firstToken))?.status).toBe('revoked');
    expect((await findInvitationByToken(database.db, secondToken))?.status).toBe('open');
    const [revokedAudit] = await database.db
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.resourceId, first!.id))
      .orderBy(desc(auditLogs.createdAt));
    expect(revokedAudit).toMatchObject({
      action: 'revoke_invitation',
      metadata: { reason: 'reinvited', replacedBy: second!.id },
    });

    const invitee = await createUser(database.db, { email, role: 'brand_member' });
    signIn(invitee);
    expect(await acceptInvitationAction(null, { token: firstToken })).toEqual({
      ok: false,
      error: 'This invitation was withdrawn. Ask an admin of the organization for a new one.',
    });
    expect(await membershipOf(organization.id, invitee.id)).toBeUndefined();
  });

  it('lets an admin revoke an open invitation, once', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    const email = uniqueEmail('revoked');
    const token = await invite(admin, organization, email);
    const [invitation] = await invitationsTo(organization.id, email);
    const input = { orgSlug: organization.slug, invitationId: invitation!.id };
    expect(await revokeInvitationAction(null, input)).toEqual({ ok: true, data: 'Invitation revoked.' });
    expect(await revokeInvitationAction(null, input)).toEqual({ ok: false, error: 'This invitation is no longer open.' });
    const audits = await database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, invitation!.id));
    expect(audits.map((row) => row.action).sort()).toEqual(['invite_member', 'revoke_invitation']);
    expect(await listOpenInvitations(database.db, organization.id)).toEqual([]);

    signIn(null);
    expect(await signUpFromInvitationAction(null, { token, name: 'Late', password: 'a long enough password' })).toEqual({
      ok: false,
      error: 'This invitation was withdrawn. Ask an admin of the organization for a new one.',
    });
  });

  it('refuses a brand member', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    const email = uniqueEmail('by-member');
    await invite(admin, organization, email);
    const [invitation] = await invitationsTo(organization.id, email);
    const member = await createUser(database.db, { role: 'brand_member' });
    await database.db
      .insert(organizationMembers)
      .values({ organizationId: organization.id, userId: member.id, role: 'brand_member' });
    signIn(member);
    const refused = { ok: false, error: 'Your role in this organization does not allow that.' };
    expect(await inviteMemberAction(null, { orgSlug: organization.slug, email: uniqueEmail('x'), role: 'brand_admin' })).toEqual(
      refused,
    );
    expect(await revokeInvitationAction(null, { orgSlug: organization.slug, invitationId: invitation!.id })).toEqual(refused);
    expect((await invitationsTo(organization.id, email))[0]!.revokedAt).toBeNull();
  });

  it("gives another organization's admin nothing and changes nothing", async () => {
    const target = await createOrganizationWithMember(database.db, 'brand_admin');
    const email = uniqueEmail('target');
    await invite(target.user, target.organization, email);
    const [invitation] = await invitationsTo(target.organization.id, email);
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    signIn(outsider.user);
    const notFound = { ok: false, error: 'Organization not found.' };
    expect(
      await inviteMemberAction(null, { orgSlug: target.organization.slug, email: uniqueEmail('y'), role: 'brand_admin' }),
    ).toEqual(notFound);
    expect(await revokeInvitationAction(null, { orgSlug: target.organization.slug, invitationId: invitation!.id })).toEqual(
      notFound,
    );
    expect(await revokeInvitationAction(null, { orgSlug: outsider.organization.slug, invitationId: invitation!.id })).toEqual({
      ok: false,
      error: 'This invitation is no longer open.',
    });
    expect(await listOpenInvitations(database.db, target.organization.id)).toHaveLength(1);
  });
});

describe('accepting as a signed-in user', () => {
  it('joins with the invited role, marks the invitation used and lands in the workspace; the link works once', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    const invitee = await createUser(database.db, { email: uniqueEmail('existing'), role: 'brand_admin' });
    const token = await invite(admin, organization, invitee.email, 'brand_member');
    signIn(invitee);
    expect(await redirectOf(acceptInvitationAction(null, { token }))).toBe(`/brand/${organization.slug}`);
    expect(await membershipOf(organization.id, invitee.id)).toMatchObject({ role: 'brand_member', invitedBy: admin.id });
    const [invitation] = await invitationsTo(organization.id, invitee.email);
    expect(invitation!.acceptedAt).not.toBeNull();
    const [audit] = await database.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.resourceId, invitation!.id), eq(auditLogs.action, 'accept_invitation')));
    expect(audit).toMatchObject({ actorId: invitee.id, metadata: { organizationId: organization.id, alreadyMember: false } });

    expect(await acceptInvitationAction(null, { token })).toEqual({ ok: false, error: 'This invitation has already been used.' });
  });

  it('accepts a link only once even when it is used twice at the same moment', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    const invitee = await createUser(database.db, { email: uniqueEmail('double'), role: 'brand_member' });
    const token = await invite(admin, organization, invitee.email);
    signIn(invitee);
    const outcomes = await Promise.allSettled([acceptInvitationAction(null, { token }), acceptInvitationAction(null, { token })]);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(1); // the redirect of the winner
    expect(outcomes.find((outcome) => outcome.status === 'fulfilled')).toMatchObject({
      value: { ok: false, error: 'This invitation has already been used.' },
    });
    const accepted = await database.db
      .select()
      .from(auditLogs)
      .where(eq(auditLogs.action, 'accept_invitation'))
      .then((rows) => rows.filter((row) => row.actorId === invitee.id));
    expect(accepted).toHaveLength(1);
  });

  it('refuses an expired invitation', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    const invitee = await createUser(database.db, { email: uniqueEmail('late'), role: 'brand_member' });
    const token = await invite(admin, organization, invitee.email);
    await database.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.tokenHash, hashToken(token)));
    expect((await findInvitationByToken(database.db, token))?.status).toBe('expired');
    signIn(invitee);
    expect(await acceptInvitationAction(null, { token })).toEqual({
      ok: false,
      error: 'This invitation has expired. Ask an admin of the organization to invite you again.',
    });
    expect(await membershipOf(organization.id, invitee.id)).toBeUndefined();
  });

  it('refuses someone signed in with another address, and unknown links', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    const email = uniqueEmail('intended');
    const token = await invite(admin, organization, email);
    const stranger = await createUser(database.db, { role: 'brand_member' });
    signIn(stranger);
    expect(await acceptInvitationAction(null, { token })).toEqual({
      ok: false,
      error: `This invitation is for ${email}. Sign out, then open the link again.`,
    });
    expect(await membershipOf(organization.id, stranger.id)).toBeUndefined();
    expect((await invitationsTo(organization.id, email))[0]!.acceptedAt).toBeNull();
    expect(await acceptInvitationAction(null, { token: 'x'.repeat(43) })).toEqual({
      ok: false,
      error: 'This invitation link is not valid. Ask for a new invitation.',
    });
  });

  it('does not let a creator account join a brand organization', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    const creator = await createUser(database.db, { email: uniqueEmail('creator'), role: 'influencer' });
    const token = await invite(admin, organization, creator.email);
    signIn(creator);
    expect(await acceptInvitationAction(null, { token })).toMatchObject({ ok: false });
    expect(await membershipOf(organization.id, creator.id)).toBeUndefined();
  });
});

describe('accepting by signing up', () => {
  it('creates a confirmed account with the invited role, joins, audits and signs in, all from the link', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    const email = uniqueEmail('newcomer');
    const token = await invite(admin, organization, email, 'brand_admin');
    expect(await findInvitationByToken(database.db, token)).toMatchObject({
      status: 'open',
      organizationName: organization.name,
      role: 'brand_admin',
      accountId: null,
    });
    const password = 'a long enough password';
    expect(await redirectOf(signUpFromInvitationAction(null, { token, name: 'Nina New', password }))).toBe(
      `/brand/${organization.slug}`,
    );

    const [user] = await database.db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ name: 'Nina New', role: 'brand_admin', emailVerified: true, status: 'active' });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await membershipOf(organization.id, user!.id)).toMatchObject({ role: 'brand_admin', invitedBy: admin.id });
    expect((await findInvitationByToken(database.db, token))?.status).toBe('accepted');
    const audits = await database.db.select().from(auditLogs).where(eq(auditLogs.actorId, user!.id));
    expect(audits.map((row) => row.action).sort()).toEqual(['accept_invitation', 'sign_up_invited']);
    expect(auth.signIn).toHaveBeenCalledWith('credentials', { email, password, redirect: false });

    expect(await signUpFromInvitationAction(null, { token, name: 'Again', password })).toEqual({
      ok: false,
      error: 'This invitation has already been used.',
    });
  });

  it('sends someone who already has an account to sign in, and creates nothing', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    const existing = await createUser(database.db, { email: uniqueEmail('has-account'), role: 'brand_member' });
    const token = await invite(admin, organization, existing.email);
    signIn(null);
    expect(await signUpFromInvitationAction(null, { token, name: 'Dup', password: 'a long enough password' })).toEqual({
      ok: false,
      error: `An account for ${existing.email} already exists. Sign in to accept the invitation.`,
    });
    expect(await membershipOf(organization.id, existing.id)).toBeUndefined();
    expect((await findInvitationByToken(database.db, token))?.status).toBe('open');
    expect(auth.signIn).not.toHaveBeenCalled();
  });

  it('asks for a name and a long enough password', async () => {
    expect(await signUpFromInvitationAction(null, { token: 'x'.repeat(43), name: '', password: 'short' })).toMatchObject({
      ok: false,
      fieldErrors: { name: ['Enter your name.'], password: ['Use at least 12 characters.'] },
    });
  });
});
