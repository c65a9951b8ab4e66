import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverableSubmissions } from '@/db/schema';
import { createCreator, createOrganizationWithMember, createUser } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { getContractSubmissions, findViewableSubmissionFile } from './queries';
import { createContractFixture } from './test-fixtures';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('submission queries', () => {
  it('lists each contract deliverable with its history, newest first, for the two parties only', async () => {
    const f = await createContractFixture(database.db, { contractStatus: 'active', revisions: 3 });
    const [first, second] = await database.db
      .insert(deliverableSubmissions)
      .values([
        {
          contractId: f.contract.id,
          deliverableId: f.deliverables[0]!.id,
          submittedBy: f.creator.id,
          revision: 1,
          status: 'changes_requested',
          reviewComment: 'Brighter',
          fileUrl: 'submissions/x/abc',
        },
        { contractId: f.contract.id, deliverableId: f.deliverables[0]!.id, submittedBy: f.creator.id, revision: 2 },
      ])
      .returning();
    const view = await getContractSubmissions(database.db, f.contract.id, { side: 'influencer', userId: f.creator.id });
    expect(view).toMatchObject({ contractStatus: 'active', revisionsAllowed: 3, contentApprovalRequired: true });
    const progress = new Map(view!.deliverables.map((item) => [item.id, item]));
    expect(progress.size).toBe(2);
    expect(progress.get(f.deliverables[0]!.id)).toMatchObject({ changesRequested: 1 });
    expect(progress.get(f.deliverables[0]!.id)!.submissions.map((s) => s.revision)).toEqual([2, 1]);
    expect(progress.get(f.deliverables[1]!.id)!.submissions).toEqual([]);
    expect(progress.get(f.deliverables[0]!.id)!.submissions[1]).toMatchObject({ reviewComment: 'Brighter', hasFile: true });
    expect(
      await getContractSubmissions(database.db, f.contract.id, { side: 'brand', organizationId: f.organization.id }),
    ).not.toBeNull();

    const outsider = await createOrganizationWithMember(database.db);
    expect(
      await getContractSubmissions(database.db, f.contract.id, { side: 'brand', organizationId: outsider.organization.id }),
    ).toBeNull();
    const stranger = await createCreator(database.db);
    expect(await getContractSubmissions(database.db, f.contract.id, { side: 'influencer', userId: stranger.id })).toBeNull();

    for (const viewer of [f.creator, f.member, await createUser(database.db, { role: 'admin' })])
      expect(await findViewableSubmissionFile(database.db, first!.id, viewer)).toBe('submissions/x/abc');
    for (const viewer of [outsider.user, stranger])
      expect(await findViewableSubmissionFile(database.db, first!.id, viewer)).toBeNull();
    expect(await findViewableSubmissionFile(database.db, second!.id, f.creator)).toBeNull();
  });
});
