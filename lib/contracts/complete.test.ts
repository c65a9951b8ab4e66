import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, deliverableSubmissions, offerRevisions, offers, type SubmissionStatus } from '@/db/schema';
import { contractRow, createContractFixture, notificationTypesOf, type ContractFixture } from '@/lib/submissions/test-fixtures';
import { testCtx } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { completeContractIfAllApproved } from './complete';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function addSubmission(f: ContractFixture, index: number, revision: number, status: SubmissionStatus) {
  await database.db.insert(deliverableSubmissions).values({
    contractId: f.contract.id,
    deliverableId: f.deliverables[index]!.id,
    submittedBy: f.creator.id,
    revision,
    caption: `revision ${revision}`,
    status,
  });
}

describe('completeContractIfAllApproved', () => {
  it('waits until the latest revision of every deliverable is approved', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active' });
    const ctx = testCtx(database.db, { userId: f.admin.id, role: 'brand_admin' });
    expect(await completeContractIfAllApproved(ctx, f.contract.id)).toBe(false);
    await addSubmission(f, 0, 1, 'approved');
    expect(await completeContractIfAllApproved(ctx, f.contract.id)).toBe(false);
    await addSubmission(f, 1, 1, 'approved');
    await addSubmission(f, 1, 2, 'submitted');
    expect(await completeContractIfAllApproved(ctx, f.contract.id)).toBe(false);
    expect((await contractRow(database.db, f.contract.id)).status).toBe('active');
  });

  it('completes the contract and the offer with a revision, audit rows and notifications; only once', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active' });
    await addSubmission(f, 0, 1, 'changes_requested');
    await addSubmission(f, 0, 2, 'approved');
    await addSubmission(f, 1, 1, 'auto_approved');
    const ctx = testCtx(database.db);
    expect(await completeContractIfAllApproved(ctx, f.contract.id)).toBe(true);
    expect(await contractRow(database.db, f.contract.id)).toMatchObject({ status: 'completed', completedAt: expect.any(Date) });
    const [offer] = await database.db.select().from(offers).where(eq(offers.id, f.offer.id));
    expect(offer).toMatchObject({ status: 'completed', version: f.offer.version + 1 });
    const revisions = await database.db.select().from(offerRevisions).where(eq(offerRevisions.offerId, f.offer.id));
    expect(revisions).toMatchObject([{ version: f.offer.version + 1, status: 'completed', changedBy: null }]);
    const audits = await database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, f.offer.id));
    expect(audits).toMatchObject([{ action: 'complete_offer', actorType: 'system' }]);
    expect(await notificationTypesOf(database.db, f.creator.id)).toEqual(['contract_completed']);
    expect(await notificationTypesOf(database.db, f.member.id)).toEqual(['contract_completed']);
    expect(await completeContractIfAllApproved(ctx, f.contract.id)).toBe(false);
  });

  it('leaves contracts that are not active alone', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'disputed', deliverableCount: 1 });
    await addSubmission(f, 0, 1, 'approved');
    expect(await completeContractIfAllApproved(testCtx(database.db), f.contract.id)).toBe(false);
    expect((await contractRow(database.db, f.contract.id)).status).toBe('disputed');
  });
});
