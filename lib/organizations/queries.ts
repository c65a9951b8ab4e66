import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '@/db/client';
import {
  invitations,
  organizationBilling,
  organizationMembers,
  organizations,
  users,
  type KycStatus,
  type MemberRole,
} from '@/db/schema';
import { hashToken } from '@/lib/auth/tokens';

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

/** The profile fields of the settings page. */
export async function getOrganizationProfile(db: Executor, organizationId: string) {
  const [row] = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      slug: organizations.slug,
      description: organizations.description,
      website: organizations.website,
      country: organizations.country,
      currency: organizations.currency,
      timezone: organizations.timezone,
      logoUrl: organizations.logoUrl,
    })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row ?? null;
}

export type OrganizationProfile = NonNullable<Awaited<ReturnType<typeof getOrganizationProfile>>>;

export async function getOrganizationBilling(db: Executor, organizationId: string) {
  const [row] = await db
    .select({
      legalName: organizationBilling.legalName,
      addressLine1: organizationBilling.addressLine1,
      addressLine2: organizationBilling.addressLine2,
      city: organizationBilling.city,
      postalCode: organizationBilling.postalCode,
      country: organizationBilling.country,
      vatId: organizationBilling.vatId,
      billingEmail: organizationBilling.billingEmail,
    })
    .from(organizationBilling)
    .where(eq(organizationBilling.organizationId, organizationId));
  return row ?? null;
}

export type BillingDetails = NonNullable<Awaited<ReturnType<typeof getOrganizationBilling>>>;

/** The team page's members, oldest first, with their user's name and email (one query). */
export async function listMembers(db: Executor, organizationId: string) {
  return db
    .select({
      id: organizationMembers.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: organizationMembers.role,
      joinedAt: organizationMembers.joinedAt,
    })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, organizationId))
    .orderBy(asc(organizationMembers.joinedAt), asc(users.email));
}

export type TeamMember = Awaited<ReturnType<typeof listMembers>>[number];

/** Invitations neither accepted nor revoked, newest first; expired ones stay listed so they can be revoked or re-sent. */
export async function listOpenInvitations(db: Executor, organizationId: string) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(desc(invitations.createdAt));
}

export type OpenInvitation = Awaited<ReturnType<typeof listOpenInvitations>>[number];

export type InvitationStatus = 'open' | 'accepted' | 'revoked' | 'expired';

export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt <= now) return 'expired';
  return 'open';
}

/** What the invitation page shows for a raw token: the organization, the role, its status and whether the invitee has an account. */
export async function findInvitationByToken(db: Executor, token: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
      accountId: users.id,
      accountRole: users.role,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .leftJoin(users, eq(users.email, invitations.email))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) return null;
  return { ...row, status: invitationStatus(row) };
}

export type InvitationView = NonNullable<Awaited<ReturnType<typeof findInvitationByToken>>>;
