import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, notifications, type User } from '@/db/schema';
import { createActionClients, type SessionUser } from '@/lib/actions/clients';
import { createCreator, createOrganizationWithMember, testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { defineNotificationActions } from './action-definitions';
import { countUnreadNotifications, listNotifications, unreadCountCap } from './queries';
import { parseNotificationsPage } from './schemas';

let database: TestDatabase;
let signedIn: SessionUser | null = null;

const actions = () =>
  defineNotificationActions(
    createActionClients({
      currentUser: async () => signedIn,
      requestMeta: async () => ({ ip: '10.0.0.1', userAgent: 'test-agent', correlationId: crypto.randomUUID() }),
      db: () => database.db,
      rethrowFrameworkError: () => {},
    }),
  );
const signIn = (user: User) => (signedIn = { id: user.id, email: user.email, role: user.role, status: user.status });
const actorCtx = (user: User) => ({ ...testCtx(database.db), actor: { userId: user.id, role: user.role } });

async function addNotifications(user: User, howMany: number, startAt = Date.UTC(2026, 0, 1)) {
  const rows = Array.from({ length: howMany }, (_, index) => ({
    userId: user.id,
    type: 'offer_received',
    title: `Offer ${index + 1}`,
    body: `Body ${index + 1}`,
    link: `/creator/offers/${index + 1}`,
    createdAt: new Date(startAt + index * 60_000),
  }));
  return database.db.insert(notifications).values(rows).returning();
}

const readAtOf = async (id: string) =>
  (await database.db.select({ readAt: notifications.readAt }).from(notifications).where(eq(notifications.id, id)))[0]?.readAt;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('notification queries', () => {
  it('lists the caller’s own notifications newest first, 50 a page, and counts the unread', async () => {
    const creator = await createCreator(database.db);
    const other = await createCreator(database.db);
    await addNotifications(creator, 55);
    await addNotifications(other, 3);

    const first = await listNotifications(actorCtx(creator), 1);
    expect(first).toMatchObject({ page: 1, pageCount: 2, total: 55, unread: 55 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]?.title).toBe('Offer 55');
    expect(first.rows[49]?.title).toBe('Offer 6');

    const second = await listNotifications(actorCtx(creator), 2);
    expect(second.rows.map((row) => row.title)).toEqual(['Offer 5', 'Offer 4', 'Offer 3', 'Offer 2', 'Offer 1']);
    expect((await listNotifications(actorCtx(creator), 9)).page).toBe(2);

    expect(await countUnreadNotifications(database.db, creator.id)).toBe(55);
    expect(await countUnreadNotifications(database.db, other.id)).toBe(3);
  });

  it('caps the header count just past 99', async () => {
    const creator = await createCreator(database.db);
    await addNotifications(creator, unreadCountCap + 5);
    expect(await countUnreadNotifications(database.db, creator.id)).toBe(unreadCountCap + 1);
  });

  it('shows an empty first page to someone without notifications', async () => {
    const creator = await createCreator(database.db);
    expect(await listNotifications(actorCtx(creator), 3)).toEqual({ rows: [], page: 1, pageCount: 1, total: 0, unread: 0 });
  });

  it('reads ?page= leniently', () => {
    expect(parseNotificationsPage('3')).toBe(3);
    expect(parseNotificationsPage(['2', '5'])).toBe(2);
    expect(parseNotificationsPage('0')).toBe(1);
    expect(parseNotificationsPage('abc')).toBe(1);
    expect(parseNotificationsPage(undefined)).toBe(1);
  });
});

describe('notification actions', () => {
  it('marks one of the caller’s notifications read, with its audit row, and a second time changes nothing', async () => {
    const { user } = await createOrganizationWithMember(database.db, 'brand_member');
    const [target, untouched] = await addNotifications(user, 2);
    signIn(user);
    expect(await actions().markRead(null, { notificationId: target!.id })).toEqual({ ok: true, data: 'Marked as read.' });
    expect(await readAtOf(target!.id)).toBeInstanceOf(Date);
    expect(await readAtOf(untouched!.id)).toBeNull();
    expect(await countUnreadNotifications(database.db, user.id)).toBe(1);

    expect(await actions().markRead(null, { notificationId: target!.id })).toMatchObject({ ok: true });
    const audits = await database.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.resourceType, 'notification'), eq(auditLogs.resourceId, target!.id)));
    expect(audits).toMatchObject([{ action: 'mark_notification_read', actorId: user.id, actorType: 'user' }]);
  });

  it('leaves another user’s notification untouched and tells the caller it was not found', async () => {
    const owner = await createCreator(database.db);
    const intruder = await createCreator(database.db);
    const [mine] = await addNotifications(owner, 1);
    signIn(intruder);
    expect(await actions().markRead(null, { notificationId: mine!.id })).toEqual({
      ok: false,
      error: 'That notification was not found.',
    });
    expect(await actions().markAllRead(null, {})).toEqual({ ok: true, data: '0 notifications marked as read.' });
    expect(await readAtOf(mine!.id)).toBeNull();
    const audits = await database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, mine!.id));
    expect(audits).toEqual([]);
  });

  it('marks all of the caller’s unread notifications read and nobody else’s', async () => {
    const creator = await createCreator(database.db);
    const neighbour = await createCreator(database.db);
    const mine = await addNotifications(creator, 3);
    const theirs = await addNotifications(neighbour, 2);
    signIn(creator);
    expect(await actions().markRead(null, { notificationId: mine[0]!.id })).toMatchObject({ ok: true });
    const readBefore = await readAtOf(mine[0]!.id);

    expect(await actions().markAllRead(null, new FormData())).toEqual({ ok: true, data: '2 notifications marked as read.' });
    expect(await countUnreadNotifications(database.db, creator.id)).toBe(0);
    expect(await readAtOf(mine[0]!.id)).toEqual(readBefore);
    expect(await countUnreadNotifications(database.db, neighbour.id)).toBe(2);
    for (const row of theirs) expect(await readAtOf(row.id)).toBeNull();

    const audits = await database.db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, 'mark_all_notifications_read'), eq(auditLogs.resourceId, creator.id)));
    expect(audits).toMatchObject([{ actorId: creator.id, metadata: { count: 2 } }]);
  });

  it('refuses signed-out callers and malformed ids', async () => {
    const creator = await createCreator(database.db);
    const [row] = await addNotifications(creator, 1);
    signedIn = null;
    expect(await actions().markRead(null, { notificationId: row!.id })).toMatchObject({
      ok: false,
      error: 'Please sign in first.',
    });
    expect(await actions().markAllRead(null, {})).toMatchObject({ ok: false, error: 'Please sign in first.' });
    signIn(creator);
    expect(await actions().markRead(null, { notificationId: 'nope' })).toMatchObject({
      ok: false,
      fieldErrors: { notificationId: ['Choose a notification.'] },
    });
    expect(await readAtOf(row!.id)).toBeNull();
  });
});
