import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, deliverableSubmissions } from '@/db/schema';
import { testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { autoApproveStaleSubmissions } from './auto-approve';
import { submissionConfig } from './config';
import { contractRow, createContractFixture, notificationTypesOf } from './test-fixtures';

let database: TestDatabase;
const day = 24 * 60 * 60 * 1000;
const now = new Date('2027-03-10T12:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});
afterEach(() => {
  delete process.env.SUBMISSION_AUTO_APPROVE_DAYS;
});

async function submittedAt(contractStatus: 'active' | 'disputed', ages: number[]) {
  const f = await createContractFixture(database.db, { contractStatus, deliverableCount: ages.length });
  const rows = await database.db
    .insert(deliverableSubmissions)
    .values(
      ages.map((age, index) => ({
        contractId: f.contract.id,
        deliverableId: f.deliverables[index]!.id,
        submittedBy: f.creator.id,
        caption: 'draft',
        submittedAt: new Date(now.getTime() - age),
      })),
    )
    .returning();
  return { f, rows };
}

const statusOf = async (id: string) =>
  (await database.db.select().from(deliverableSubmissions).where(eq(deliverableSubmissions.id, id)))[0]!.status;

describe('auto-approving stale submissions', () => {
  it('reads SUBMISSION_AUTO_APPROVE_DAYS with a default of 5', () => {
    expect(submissionConfig({}).autoApproveDays).toBe(5);
    expect(submissionConfig({ SUBMISSION_AUTO_APPROVE_DAYS: '' }).autoApproveDays).toBe(5);
    expect(submissionConfig({ SUBMISSION_AUTO_APPROVE_DAYS: '2' }).autoApproveDays).toBe(2);
    expect(() => submissionConfig({ SUBMISSION_AUTO_APPROVE_DAYS: 'soon' })).toThrow();
  });

  it('approves only what waited longer than the limit, as the system, and completes the contract', async () => {
    const { f, rows } = await submittedAt('active', [5 * day + 60_000, 5 * day - 60_000]);
    const ctx = testCtx(database.db);
    expect(await autoApproveStaleSubmissions(ctx, now)).toBe(1);
    expect(await statusOf(rows[0]!.id)).toBe('auto_approved');
    expect(await statusOf(rows[1]!.id)).toBe('submitted');
    const [audit] = await database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, rows[0]!.id));
    expect(audit).toMatchObject({ action: 'auto_approve_submission', actorType: 'system', actorId: null });
    expect(await notificationTypesOf(database.db, f.creator.id)).toEqual(['submission_reviewed']);
    expect((await contractRow(database.db, f.contract.id)).status).toBe('active');

    expect(await autoApproveStaleSubmissions(ctx, new Date(now.getTime() + 2 * 60_000))).toBe(1);
    const contract = await contractRow(database.db, f.contract.id);
    expect(contract.status).toBe('completed');
    const [completion] = await database.db.select().from(auditLogs).where(eq(auditLogs.action, 'complete_contract'));
    expect(completion).toMatchObject({ actorType: 'system', resourceId: f.contract.id });
    expect(await autoApproveStaleSubmissions(ctx, new Date(now.getTime() + 10 * day))).toBe(0);
  });

  it('follows a configured limit and leaves disputed contracts alone', async () => {
    process.env.SUBMISSION_AUTO_APPROVE_DAYS = '2';
    const active = await submittedAt('active', [3 * day]);
    const disputed = await submittedAt('disputed', [30 * day]);
    expect(await autoApproveStaleSubmissions(testCtx(database.db), now)).toBe(1);
    expect(await statusOf(active.rows[0]!.id)).toBe('auto_approved');
    expect(await statusOf(disputed.rows[0]!.id)).toBe('submitted');
  });
});
