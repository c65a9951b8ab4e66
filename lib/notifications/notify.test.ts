import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox, notifications, organizationMembers } from '@/db/schema';
import { withTransaction } from '@/lib/context';
import { createCreator, createOrganizationWithMember, createUser, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { notify, organizationRecipients, type NotificationMessage } from './notify';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const message: NotificationMessage = {
  type: 'offer_received',
  title: 'New offer from Brand',
  body: 'Brand invites you to Summer launch.',
  link: '/creator/offers/123',
};

describe('notify', () => {
  it('writes one notification and one queued e-mail per active recipient, once each', async () => {
    const creator = await createCreator(database.db);
    const suspended = await createUser(database.db, { status: 'suspended' });
    await notify(database.db, [creator.id, creator.id, suspended.id], message);

    const rows = await database.db
      .select()
      .from(notifications)
      .where(inArray(notifications.userId, [creator.id, suspended.id]));
    expect(rows).toMatchObject([
      { userId: creator.id, type: 'offer_received', title: message.title, link: message.link, readAt: null },
    ]);
    const mail = await database.db
      .select()
      .from(emailOutbox)
      .where(inArray(emailOutbox.toAddress, [creator.email, suspended.email]));
    expect(mail).toMatchObject([
      { toAddress: creator.email, subject: message.title, template: 'offer_received', status: 'pending' },
    ]);
    expect(mail[0]?.textBody).toContain('/creator/offers/123');
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    const creator = await createCreator(database.db);
    await expect(
      withTransaction(testCtx(database.db), async (tx) => {
        await notify(tx.db, [creator.id], message);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await database.db.select().from(notifications).where(eq(notifications.userId, creator.id))).toEqual([]);
    expect(await database.db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, creator.email))).toEqual([]);
  });

  it('finds an organization’s members, optionally by role', async () => {
    const { organization, user: admin } = await createOrganizationWithMember(database.db, 'brand_admin');
    const member = await createUser(database.db, { role: 'brand_member' });
    await database.db
      .insert(organizationMembers)
      .values({ organizationId: organization.id, userId: member.id, role: 'brand_member' });
    await createOrganizationWithMember(database.db, 'brand_admin');

    expect((await organizationRecipients(database.db, organization.id)).sort()).toEqual([admin.id, member.id].sort());
    expect(await organizationRecipients(database.db, organization.id, ['brand_admin'])).toEqual([admin.id]);
  });
});
