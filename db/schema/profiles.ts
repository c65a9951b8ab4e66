import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, unique, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { checkCountry, checkIn, countryCode, id, timestamps, timestamptz, tsvector, updatedAt } from './columns';
import { users } from './users';

export const platforms = ['instagram', 'tiktok', 'youtube', 'twitter'] as const;
export const verificationMethods = ['email', 'sms', 'kyc'] as const;
export const socialAccountStatuses = ['connected', 'expired', 'revoked', 'error'] as const;

export type Platform = (typeof platforms)[number];

export type ProfileHandles = Partial<Record<Platform, { username: string; followers?: number; verified?: boolean }>>;

export type AudienceDemographics = {
  age_groups?: Record<string, number>;
  gender?: Record<string, number>;
  locations?: string[];
};

export const profiles = pgTable(
  'profiles',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    displayName: varchar('display_name', { length: 255 }),
    bio: text('bio'),
    avatarUrl: varchar('avatar_url', { length: 255 }),
    handles: jsonb('handles').$type<ProfileHandles>(),
    country: countryCode(),
    timezone: varchar('timezone', { length: 50 }),
    audienceDemographics: jsonb('audience_demographics').$type<AudienceDemographics>(),
    verified: boolean('verified').notNull().default(false),
    verificationMethod: varchar('verification_method', { length: 50, enum: verificationMethods }),
    verifiedAt: timestamptz('verified_at'),
    ...timestamps(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('simple'::regconfig, coalesce("display_name", '') || ' ' || coalesce("bio", ''))`,
    ),
  },
  (t) => [
    // A profile belongs to exactly one user; the unique index doubles as the design's lookup index.
    uniqueIndex('idx_profiles_user_id').on(t.userId),
    checkCountry(t.country),
    checkIn(t.verificationMethod, verificationMethods),
    index('idx_profiles_verified').on(t.verified),
    index('idx_profiles_search_vector').using('gin', t.searchVector),
    // Discovery's audience filters: `locations ? 'GB'` and the female share compare these exact expressions.
    index('idx_profiles_audience_locations').using('gin', sql`(${t.audienceDemographics} -> 'locations')`),
    index('idx_profiles_audience_female').on(sql`((${t.audienceDemographics} -> 'gender' ->> 'female')::numeric)`),
  ],
);

export const socialAccounts = pgTable(
  'social_accounts',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    platform: varchar('platform', { length: 50, enum: platforms }).notNull(),
    handle: varchar('handle', { length: 255 }).notNull(),
    externalId: varchar('external_id', { length: 255 }).notNull(),
    // OAuth tokens are encrypted by the application before they reach the database.
    accessTokenEncrypted: text('access_token_encrypted'),
    refreshTokenEncrypted: text('refresh_token_encrypted'),
    scopes: text('scopes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    tokenExpiresAt: timestamptz('token_expires_at'),
    connectedAt: timestamptz('connected_at').notNull().defaultNow(),
    lastSyncedAt: timestamptz('last_synced_at'),
    status: varchar('status', { length: 50, enum: socialAccountStatuses }).notNull().default('connected'),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('social_accounts_platform_external_id_unique').on(t.platform, t.externalId),
    unique('social_accounts_user_id_platform_unique').on(t.userId, t.platform),
    checkIn(t.platform, platforms),
    checkIn(t.status, socialAccountStatuses),
  ],
);

export type Profile = typeof profiles.$inferSelect;
export type NewProfile = typeof profiles.$inferInsert;
export type VerificationMethod = (typeof verificationMethods)[number];
export type SocialAccount = typeof socialAccounts.$inferSelect;
export type NewSocialAccount = typeof socialAccounts.$inferInsert;
export type SocialAccountStatus = (typeof socialAccountStatuses)[number];
