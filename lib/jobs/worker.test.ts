import { eq, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, campaigns, notifications, offers } from '@/db/schema';
import { createCreator, createOrganizationWithMember } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { jobHandlers, runJob } from './handlers';
import { jobQueues, jobSchedules } from './queues';
import { startWorker, type RunningWorker } from './worker';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function overdueOffer() {
  const { organization } = await createOrganizationWithMember(database.db, 'brand_admin');
  const creator = await createCreator(database.db);
  const [campaign] = await database.db
    .insert(campaigns)
    .values({ organizationId: organization.id, title: 'Spring launch', status: 'published' })
    .returning();
  const [offer] = await database.db
    .insert(offers)
    .values({
      campaignId: campaign!.id,
      influencerId: creator.id,
      organizationId: organization.id,
      price: '500.00',
      currency: campaign!.currency,
      status: 'pending',
      counterBy: 'brand',
      initiatedBy: 'brand',
      expiresAt: new Date(Date.now() - 60 * 60 * 1000),
    })
    .returning();
  return offer!;
}

describe('job handlers', () => {
  it('has a handler and a five-field cron schedule for every queue', () => {
    expect(Object.keys(jobHandlers).sort()).toEqual([...jobQueues].sort());
    expect(jobQueues).toEqual([
      'offers-expire',
      'offers-warn-expiring',
      'contracts-expire-unsigned',
      'submissions-auto-approve',
      'email-deliver',
      'payments-capture',
      'payments-settle',
      'payments-reconcile',
    ]);
    for (const queue of jobQueues) expect(jobSchedules[queue].split(' ')).toHaveLength(5);
  });

  it('logs nothing when a sweep finds nothing to do', async () => {
    const lines: string[] = [];
    for (const queue of jobQueues) expect(await runJob(queue, database.db, (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual([]);
  });
});

describe('worker', () => {
  let worker: RunningWorker | undefined;
  let sender: PgBoss | undefined;
  afterAll(async () => {
    await sender?.stop({ graceful: false });
    await worker?.stop();
  });

  it('creates and schedules the queues, and expires an overdue offer when offers-expire runs', async () => {
    const lines: string[] = [];
    worker = await startWorker(database.url, { log: (line) => lines.push(line) });
    const schedules = await database.db.execute<{ name: string; cron: string }>(
      sql`select name, cron from pgboss.schedule order by name`,
    );
    expect([...schedules].map((row) => [row.name, row.cron]).sort()).toEqual(Object.entries(jobSchedules).sort());

    const offer = await overdueOffer();
    sender = new PgBoss({ connectionString: database.url, supervise: false, schedule: false, migrate: false });
    await sender.start();
    await sender.send('offers-expire', {});

    const status = await until(
      async () => (await database.db.select({ status: offers.status }).from(offers).where(eq(offers.id, offer.id)))[0]?.status,
      (value) => value === 'expired',
    );
    expect(status).toBe('expired');
    const audits = await database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, offer.id));
    expect(audits).toMatchObject([{ actorType: 'system', actorId: null, userAgent: 'worker:offers-expire' }]);
    const told = await database.db.select().from(notifications).where(eq(notifications.type, 'offer_expired'));
    expect(told).toHaveLength(2);
    expect(
      await until(
        async () => lines,
        (value) => value.length > 0,
        5_000,
      ),
    ).toContain('worker: offers-expire: 1 offer expired');

    await worker.stop();
    await worker.stop();
  }, 40_000);
});
