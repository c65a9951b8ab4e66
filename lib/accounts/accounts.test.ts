import { count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, authTokens, emailOutbox, organizationMembers, organizations, profiles, users } from '@/db/schema';
import { hashToken } from '@/lib/auth/tokens';
import { ConflictError, ValidationError } from '@/lib/errors';
import { testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { authenticate } from './authenticate';
import { verifyEmail } from './email-verification';
import { requestPasswordReset, resetPassword } from './password-reset';
import { signUpBrand, signUpCreator } from './sign-up';

let database: TestDatabase;
const password = 'correct horse battery';

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const tokenFromLatestMail = async (to: string) => {
  const [latest] = await database.db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, to))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1);
  return /token=([\w-]+)/.exec(latest!.textBody)![1]!;
};

describe('brand sign-up', () => {
  it('creates the user, the organization and a brand_admin membership together, with an audit row and a verification mail', async () => {
    const ctx = testCtx(database.db);
    const { userId, orgSlug } = await signUpBrand(ctx, {
      name: 'Ada',
      email: 'ada@acme.test',
      password,
      organizationName: 'Acme Drinks Ltd',
      country: 'GB',
    });
    expect(orgSlug).toBe('acme-drinks-ltd');
    const [member] = await database.db
      .select({ role: organizationMembers.role, slug: organizations.slug })
      .from(organizationMembers)
      .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
      .where(eq(organizationMembers.userId, userId));
    expect(member).toEqual({ role: 'brand_admin', slug: 'acme-drinks-ltd' });
    const audits = await database.db.select().from(auditLogs).where(eq(auditLogs.actorId, userId));
    expect(audits.map((row) => row.action)).toEqual(['sign_up_brand']);
    expect(await tokenFromLatestMail('ada@acme.test')).toHaveLength(43);
  });

  it('gives a second organization of the same name a free slug', async () => {
    const { orgSlug } = await signUpBrand(testCtx(database.db), {
      name: 'Bo',
      email: 'bo@acme.test',
      password,
      organizationName: 'Acme Drinks Ltd',
      country: 'FR',
    });
    expect(orgSlug).toBe('acme-drinks-ltd-2');
  });

  it('refuses a taken email and writes nothing', async () => {
    const before = await database.db.select({ n: count() }).from(organizations);
    await expect(
      signUpBrand(testCtx(database.db), {
        name: 'Eve',
        email: 'ada@acme.test',
        password,
        organizationName: 'Eve Co',
        country: 'GB',
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    const after = await database.db.select({ n: count() }).from(organizations);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe('creator sign-up and sign-in', () => {
  it('creates the creator with a profile', async () => {
    const { userId } = await signUpCreator(testCtx(database.db), {
      displayName: 'Mia Moves',
      email: 'mia@creators.test',
      password,
    });
    const [profile] = await database.db.select().from(profiles).where(eq(profiles.userId, userId));
    expect(profile?.displayName).toBe('Mia Moves');
    const [user] = await database.db.select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({ role: 'influencer', emailVerified: false });
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('signs in with the right password only, case-insensitively by email, and records last_login', async () => {
    expect(await authenticate(database.db, 'mia@creators.test', 'wrong password!!')).toEqual({
      ok: false,
      reason: 'invalid_credentials',
    });
    expect(await authenticate(database.db, 'nobody@creators.test', password)).toEqual({
      ok: false,
      reason: 'invalid_credentials',
    });
    const result = await authenticate(database.db, 'MIA@creators.test', password);
    expect(result).toMatchObject({ ok: true, user: { email: 'mia@creators.test', role: 'influencer' } });
    const [user] = await database.db.select().from(users).where(eq(users.email, 'mia@creators.test'));
    expect(user?.lastLogin).toBeInstanceOf(Date);
  });

  it('refuses suspended and deleted accounts even with the right password', async () => {
    for (const status of ['suspended', 'deleted'] as const) {
      const email = `${status}@creators.test`;
      await signUpCreator(testCtx(database.db), { displayName: status, email, password });
      await database.db.update(users).set({ status }).where(eq(users.email, email));
      expect(await authenticate(database.db, email, password)).toEqual({ ok: false, reason: 'account_disabled' });
    }
  });
});

describe('single-use tokens', () => {
  it('verifies an email once; a second use of the link fails', async () => {
    const token = await tokenFromLatestMail('mia@creators.test');
    await verifyEmail(testCtx(database.db), token);
    const [user] = await database.db.select().from(users).where(eq(users.email, 'mia@creators.test'));
    expect(user?.emailVerified).toBe(true);
    await expect(verifyEmail(testCtx(database.db), token)).rejects.toBeInstanceOf(ValidationError);
  });

  it('resets a password with a fresh token and refuses an expired one', async () => {
    await requestPasswordReset(testCtx(database.db), 'mia@creators.test');
    const token = await tokenFromLatestMail('mia@creators.test');
    await resetPassword(testCtx(database.db), token, 'a brand new password');
    expect((await authenticate(database.db, 'mia@creators.test', 'a brand new password')).ok).toBe(true);
    expect((await authenticate(database.db, 'mia@creators.test', password)).ok).toBe(false);

    await requestPasswordReset(testCtx(database.db), 'mia@creators.test');
    const expired = await tokenFromLatestMail('mia@creators.test');
    await database.db
      .update(authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(authTokens.tokenHash, hashToken(expired)));
    await expect(resetPassword(testCtx(database.db), expired, 'another new password')).rejects.toBeInstanceOf(ValidationError);
  });

  it('sends no reset mail for an unknown address but still succeeds', async () => {
    const before = await database.db.select({ n: count() }).from(emailOutbox);
    await requestPasswordReset(testCtx(database.db), 'ghost@creators.test');
    const after = await database.db.select({ n: count() }).from(emailOutbox);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});
