import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { checkIn, checkSha256Hex, createdAt, id, timestamps, timestamptz } from './columns';

export const userRoles = ['admin', 'brand_admin', 'brand_member', 'influencer', 'support'] as const;
export const userStatuses = ['active', 'suspended', 'deleted'] as const;
export const authTokenPurposes = ['email_verification', 'password_reset'] as const;

export const users = pgTable(
  'users',
  {
    id: id(),
    email: varchar('email', { length: 255 }).notNull(),
    name: varchar('name', { length: 255 }),
    passwordHash: varchar('password_hash', { length: 255 }),
    role: varchar('role', { length: 50, enum: userRoles }).notNull(),
    status: varchar('status', { length: 50, enum: userStatuses }).notNull().default('active'),
    ...timestamps(),
    lastLogin: timestamptz('last_login'),
    twoFaEnabled: boolean('two_fa_enabled').notNull().default(false),
    twoFaSecret: varchar('two_fa_secret', { length: 255 }),
    emailVerified: boolean('email_verified').notNull().default(false),
    emailVerifiedAt: timestamptz('email_verified_at'),
  },
  (t) => [
    // Emails are stored lower-cased, so this unique index is case-insensitive.
    uniqueIndex('idx_users_email').on(t.email),
    check('users_email_check', sql`${t.email} = lower(${t.email})`),
    checkIn(t.role, userRoles),
    checkIn(t.status, userStatuses),
    index('idx_users_role').on(t.role),
    index('idx_users_status').on(t.status),
  ],
);

export const authTokens = pgTable(
  'auth_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: varchar('purpose', { length: 50, enum: authTokenPurposes }).notNull(),
    tokenHash: varchar('token_hash', { length: 64 }).notNull().unique(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
    createdAt: createdAt(),
  },
  (t) => [
    checkIn(t.purpose, authTokenPurposes),
    checkSha256Hex(t.tokenHash),
    index('idx_auth_tokens_user_purpose').on(t.userId, t.purpose),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserRole = (typeof userRoles)[number];
export type UserStatus = (typeof userStatuses)[number];
export type AuthToken = typeof authTokens.$inferSelect;
export type NewAuthToken = typeof authTokens.$inferInsert;
export type AuthTokenPurpose = (typeof authTokenPurposes)[number];
