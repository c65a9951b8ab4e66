import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, contracts, notifications, type ContractStatus } from '@/db/schema';
import { createCreator, createOrganizationWithMember, createUser } from '@/tests/helpers/factories';
import { signInAs, testSession } from '@/tests/helpers/action-session';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { createPendingContract } from './test-fixtures';

vi.mock('@/lib/actions', () => import('@/tests/helpers/action-session').then((m) => m.actionsWithTestSession()));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const brand = await import('@/app/(brand)/brand/[orgSlug]/contracts/[contractId]/actions');
const creator = await import('@/app/(creator)/creator/contracts/[contractId]/actions');
const { adminTerminateContractAction } = await import('@/app/contracts/admin-actions');

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  testSession.db = database.db;
});
afterAll(async () => {
  await database.close();
});
beforeEach(() => signInAs(null));

const contractOf = async (id: string) => (await database.db.select().from(contracts).where(eq(contracts.id, id)))[0]!;
const auditActions = async (id: string) =>
  (
    await database.db
      .select({ action: auditLogs.action, actorId: auditLogs.actorId, metadata: auditLogs.metadata })
      .from(auditLogs)
      .where(and(eq(auditLogs.resourceId, id), like(auditLogs.action, '%termin%')))
      .orderBy(auditLogs.createdAt)
  ).map((row) => ({ ...row, metadata: row.metadata as Record<string, unknown> }));
const noticesFor = (userId: string, titleStart: string) =>
  database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), like(notifications.title, `${titleStart}%`)));
const setStatus = (id: string, status: ContractStatus) =>
  database.db.update(contracts).set({ status }).where(eq(contracts.id, id));

async function world(status: ContractStatus = 'signed') {
  const created = await createPendingContract(database.db);
  await setStatus(created.contractId, status);
  return { ...created, brandInput: { orgSlug: created.organization.slug, contractId: created.contractId } };
}

describe('termination by mutual agreement', () => {
  it('ends the contract when the brand asks and the creator confirms, auditing and notifying each step', async () => {
    const w = await world('active');
    signInAs(w.admin);
    expect(await brand.requestBrandTerminationAction(null, w.brandInput)).toMatchObject({ ok: true });
    expect(await brand.requestBrandTerminationAction(null, w.brandInput)).toEqual({
      ok: false,
      error: 'You have already asked to terminate this contract.',
    });
    expect(await brand.confirmBrandTerminationAction(null, w.brandInput)).toEqual({
      ok: false,
      error: 'You asked to terminate this contract; the other side has to confirm it.',
    });
    expect(await contractOf(w.contractId)).toMatchObject({ status: 'active', terminationRequestedBy: 'brand' });
    expect(await noticesFor(w.creator.id, 'Termination requested')).toHaveLength(1);

    signInAs(w.creator);
    expect(await creator.requestCreatorTerminationAction(null, { contractId: w.contractId })).toEqual({
      ok: false,
      error: 'The other side has already asked to terminate this contract: confirm it instead.',
    });
    expect(await creator.confirmCreatorTerminationAction(null, { contractId: w.contractId })).toEqual({
      ok: true,
      data: 'The contract is terminated.',
    });
    const contract = await contractOf(w.contractId);
    expect(contract.status).toBe('terminated');
    expect(contract.terminatedAt).toBeInstanceOf(Date);

    expect(await auditActions(w.contractId)).toEqual([
      expect.objectContaining({ action: 'request_contract_termination', actorId: w.admin.id }),
      expect.objectContaining({ action: 'confirm_contract_termination', actorId: w.creator.id }),
    ]);
    expect((await auditActions(w.contractId))[1]!.metadata).toMatchObject({
      side: 'influencer',
      before: { status: 'active' },
      after: { status: 'terminated' },
    });
    for (const userId of [w.admin.id, w.member.id, w.creator.id]) {
      expect(await noticesFor(userId, 'Contract terminated')).toHaveLength(1);
    }
  });

  it('lets the creator ask and a brand admin confirm', async () => {
    const w = await world('pending');
    signInAs(w.creator);
    expect(await creator.requestCreatorTerminationAction(null, { contractId: w.contractId })).toMatchObject({ ok: true });
    signInAs(w.admin);
    expect(await brand.confirmBrandTerminationAction(null, w.brandInput)).toMatchObject({ ok: true });
    expect((await contractOf(w.contractId)).status).toBe('terminated');
  });

  it('lets the requester withdraw and the other side decline a request', async () => {
    const w = await world('signed');
    signInAs(w.admin);
    expect(await brand.cancelBrandTerminationAction(null, w.brandInput)).toEqual({
      ok: false,
      error: 'There is no termination request to cancel.',
    });
    expect(await brand.requestBrandTerminationAction(null, w.brandInput)).toMatchObject({ ok: true });
    expect(await brand.cancelBrandTerminationAction(null, w.brandInput)).toMatchObject({ ok: true });
    expect((await contractOf(w.contractId)).terminationRequestedBy).toBeNull();

    expect(await brand.requestBrandTerminationAction(null, w.brandInput)).toMatchObject({ ok: true });
    signInAs(w.creator);
    expect(await creator.cancelCreatorTerminationAction(null, { contractId: w.contractId })).toMatchObject({ ok: true });
    expect(await contractOf(w.contractId)).toMatchObject({ status: 'signed', terminationRequestedBy: null });
    expect((await auditActions(w.contractId)).map((row) => [row.action, row.metadata.declined ?? null])).toEqual([
      ['request_contract_termination', null],
      ['cancel_contract_termination', false],
      ['request_contract_termination', null],
      ['cancel_contract_termination', true],
    ]);
    expect(await noticesFor(w.admin.id, 'Termination declined')).toHaveLength(1);
  });

  it('refuses brand members, other organizations and other creators, changing nothing', async () => {
    const w = await world('active');
    signInAs(w.member);
    for (const action of [
      brand.requestBrandTerminationAction,
      brand.confirmBrandTerminationAction,
      brand.cancelBrandTerminationAction,
    ]) {
      expect(await action(null, w.brandInput)).toEqual({
        ok: false,
        error: 'Your role in this organization does not allow that.',
      });
    }
    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    signInAs(outsider.user);
    expect(await brand.requestBrandTerminationAction(null, w.brandInput)).toEqual({
      ok: false,
      error: 'Organization not found.',
    });
    expect(
      await brand.requestBrandTerminationAction(null, { orgSlug: outsider.organization.slug, contractId: w.contractId }),
    ).toEqual({ ok: false, error: 'Contract not found.' });
    signInAs(await createCreator(database.db));
    expect(await creator.requestCreatorTerminationAction(null, { contractId: w.contractId })).toEqual({
      ok: false,
      error: 'Contract not found.',
    });
    expect(await contractOf(w.contractId)).toMatchObject({ status: 'active', terminationRequestedBy: null });
    expect(await auditActions(w.contractId)).toEqual([]);
  });

  it('refuses contracts that are completed, disputed or already terminated', async () => {
    for (const status of ['completed', 'disputed', 'terminated'] as const) {
      const w = await world(status);
      signInAs(w.admin);
      expect(await brand.requestBrandTerminationAction(null, w.brandInput)).toEqual({
        ok: false,
        error: `This contract is ${status}; only a pending, signed or active contract can be terminated.`,
      });
    }
  });
});

describe('termination by an admin', () => {
  it('lets an admin terminate with a note, and refuses support, brand admins, short notes and ended contracts', async () => {
    const w = await world('active');
    const admin = await createUser(database.db, { role: 'admin' });
    const support = await createUser(database.db, { role: 'support' });
    const note = 'Creator account was closed by the platform.';

    signInAs(support);
    expect(await adminTerminateContractAction(null, { contractId: w.contractId, note })).toEqual({
      ok: false,
      error: 'Only Pactly staff can do that.',
    });
    signInAs(w.admin);
    expect(await adminTerminateContractAction(null, { contractId: w.contractId, note })).toMatchObject({ ok: false });
    signInAs(admin);
    expect(await adminTerminateContractAction(null, { contractId: w.contractId, note: 'short' })).toMatchObject({
      ok: false,
      fieldErrors: { note: ['Say why the contract is terminated (at least 10 characters).'] },
    });
    expect((await contractOf(w.contractId)).status).toBe('active');

    expect(await adminTerminateContractAction(null, { contractId: w.contractId, note })).toEqual({
      ok: true,
      data: 'The contract is terminated.',
    });
    expect(await contractOf(w.contractId)).toMatchObject({ status: 'terminated', terminatedAt: expect.any(Date) });
    expect(await auditActions(w.contractId)).toEqual([
      expect.objectContaining({
        action: 'admin_terminate_contract',
        actorId: admin.id,
        metadata: expect.objectContaining({ note }),
      }),
    ]);
    expect(await noticesFor(w.creator.id, 'Contract terminated')).toHaveLength(1);
    expect(await noticesFor(w.admin.id, 'Contract terminated')).toHaveLength(1);

    expect(await adminTerminateContractAction(null, { contractId: w.contractId, note })).toEqual({
      ok: false,
      error: 'This contract is terminated; only a pending, signed or active contract can be terminated.',
    });
  });
});
