import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, unique, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import {
  checkCountry,
  checkCurrency,
  checkIn,
  checkSha256Hex,
  countryCode,
  createdAt,
  currency,
  id,
  timestamps,
  timestamptz,
} from './columns';
import { users } from './users';

export const kycStatuses = ['pending', 'verified', 'rejected', 'suspended'] as const;
export const memberRoles = ['brand_admin', 'brand_member'] as const;

export const organizations = pgTable(
  'organizations',
  {
    id: id(),
    name: varchar('name', { length: 255 }).notNull(),
    slug: varchar('slug', { length: 255 }).notNull().unique(),
    description: text('description'),
    website: varchar('website', { length: 255 }),
    country: countryCode().notNull(),
    currency: currency(),
    timezone: varchar('timezone', { length: 50 }).notNull().default('Europe/London'),
    kycStatus: varchar('kyc_status', { length: 50, enum: kycStatuses }).notNull().default('pending'),
    kycVerifiedAt: timestamptz('kyc_verified_at'),
    kycProvider: varchar('kyc_provider', { length: 50 }),
    kycReferenceId: varchar('kyc_reference_id', { length: 255 }),
    logoUrl: varchar('logo_url', { length: 255 }),
    ...timestamps(),
  },
  (t) => [
    // The slug is a URL segment (/brand/[orgSlug]).
    check('organizations_slug_check', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    checkCountry(t.country),
    checkCurrency(t.currency),
    checkIn(t.kycStatus, kycStatuses),
    index('idx_organizations_country').on(t.country),
    index('idx_organizations_kyc_status').on(t.kycStatus),
  ],
);

export const organizationMembers = pgTable(
  'organization_members',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: varchar('role', { length: 50, enum: memberRoles }).notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    joinedAt: timestamptz('joined_at').notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('organization_members_organization_id_user_id_unique').on(t.organizationId, t.userId),
    checkIn(t.role, memberRoles),
    index('idx_organization_members_user_id').on(t.userId),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    email: varchar('email', { length: 255 }).notNull(),
    role: varchar('role', { length: 50, enum: memberRoles }).notNull(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
    invitedBy: uuid('invited_by')
      .notNull()
      .references(() => users.id),
    expiresAt: timestamptz('expires_at').notNull(),
    acceptedAt: timestamptz('accepted_at'),
    revokedAt: timestamptz('revoked_at'),
    createdAt: createdAt(),
  },
  (t) => [
    check('invitations_email_check', sql`${t.email} = lower(${t.email})`),
    checkIn(t.role, memberRoles),
    checkSha256Hex(t.tokenHash),
    // One open invitation per address and organisation; an expired one must be revoked before re-inviting.
    uniqueIndex('idx_invitations_open_per_email')
      .on(t.organizationId, sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} IS NULL AND ${t.revokedAt} IS NULL`),
    index('idx_invitations_organization_id').on(t.organizationId),
  ],
);

export const organizationBilling = pgTable(
  'organization_billing',
  {
    organizationId: uuid('organization_id')
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    legalName: varchar('legal_name', { length: 255 }),
    addressLine1: varchar('address_line1', { length: 255 }),
    addressLine2: varchar('address_line2', { length: 255 }),
    city: varchar('city', { length: 100 }),
    postalCode: varchar('postal_code', { length: 20 }),
    country: countryCode(),
    vatId: varchar('vat_id', { length: 50 }),
    billingEmail: varchar('billing_email', { length: 255 }),
    stripeCustomerId: varchar('stripe_customer_id', { length: 255 }).unique(),
    ...timestamps(),
  },
  (t) => [checkCountry(t.country)],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
export type KycStatus = (typeof kycStatuses)[number];
export type OrganizationMember = typeof organizationMembers.$inferSelect;
export type NewOrganizationMember = typeof organizationMembers.$inferInsert;
export type MemberRole = (typeof memberRoles)[number];
export type Invitation = typeof invitations.$inferSelect;
export type NewInvitation = typeof invitations.$inferInsert;
export type OrganizationBilling = typeof organizationBilling.$inferSelect;
export type NewOrganizationBilling = typeof organizationBilling.$inferInsert;
