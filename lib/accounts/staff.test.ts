import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, users } from '@/db/schema';
import { ConflictError } from '@/lib/errors';
import { testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { authenticate } from './authenticate';
import { createStaffUser } from './staff';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('createStaffUser (npm run admin:create)', () => {
  it('creates a verified admin who can sign in, with an audit row', async () => {
    const { userId, generatedPassword } = await createStaffUser(testCtx(database.db), {
      email: 'ops@pactly.test',
      role: 'admin',
      password: 'a long admin password',
    });
    expect(generatedPassword).toBeUndefined();
    const [user] = await database.db.select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({ role: 'admin', emailVerified: true, status: 'active' });
    expect((await authenticate(database.db, 'ops@pactly.test', 'a long admin password')).ok).toBe(true);
    const audits = await database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, userId));
    expect(audits.map((row) => row.action)).toEqual(['create_staff_user']);
  });

  it('generates a password when none is given, and it works', async () => {
    const { generatedPassword } = await createStaffUser(testCtx(database.db), { email: 'help@pactly.test', role: 'support' });
    expect(generatedPassword).toMatch(/^[\w-]{20}$/);
    const result = await authenticate(database.db, 'help@pactly.test', generatedPassword!);
    expect(result).toMatchObject({ ok: true, user: { role: 'support' } });
  });

  it('refuses an email that is already taken', async () => {
    await expect(createStaffUser(testCtx(database.db), { email: 'ops@pactly.test', role: 'admin' })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });
});
