import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogs, contracts, notifications, type ContractStatus } from '@/db/schema';
import { createCreator, createOrganizationWithMember } from '@/tests/helpers/factories';
import { signInAs, testSession } from '@/tests/helpers/action-session';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { signContract } from './sign';
import { actorCtx, brandCtx, createPendingContract } from './test-fixtures';

vi.mock('@/lib/actions', () => import('@/tests/helpers/action-session').then((m) => m.actionsWithTestSession()));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

const { signBrandContractAction } = await import('@/app/(brand)/brand/[orgSlug]/contracts/[contractId]/actions');
const { signCreatorContractAction } = await import('@/app/(creator)/creator/contracts/[contractId]/actions');

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
const auditsOf = (id: string) =>
  database.db
    .select()
    .from(auditLogs)
    .where(and(eq(auditLogs.resourceId, id), eq(auditLogs.action, 'sign_contract')))
    .orderBy(auditLogs.createdAt);
const signedNotices = (userId: string) =>
  database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.type, 'contract_signed')));
const setStatus = (id: string, status: ContractStatus) =>
  database.db.update(contracts).set({ status }).where(eq(contracts.id, id));

describe('signing a contract', () => {
  it('records each side’s signature and makes the contract signed when both have signed', async () => {
    const world = await createPendingContract(database.db);
    const input = { orgSlug: world.organization.slug, contractId: world.contractId };

    signInAs(world.admin);
    expect(await signBrandContractAction(null, input)).toEqual({ ok: true, data: 'Signed. Waiting for the creator to sign.' });
    let contract = await contractOf(world.contractId);
    expect(contract.status).toBe('pending');
    expect(contract.signedAt).toBeNull();
    expect(contract.signedBy).toEqual({
      brand: { signer_id: world.admin.id, signed_at: expect.any(String), ip: '10.0.0.1', user_agent: 'vitest' },
    });
    expect(await signedNotices(world.creator.id)).toHaveLength(1);
    expect(await signedNotices(world.admin.id)).toHaveLength(0);

    signInAs(world.creator);
    expect(await signCreatorContractAction(null, { contractId: world.contractId })).toEqual({
      ok: true,
      data: 'Signed. Both parties have now signed the contract.',
    });
    contract = await contractOf(world.contractId);
    expect(contract.status).toBe('signed');
    expect(contract.signedAt).toBeInstanceOf(Date);
    expect(contract.signedBy?.influencer).toMatchObject({ signer_id: world.creator.id, ip: '10.0.0.1', user_agent: 'vitest' });
    expect(contract.signedBy?.brand?.signer_id).toBe(world.admin.id);

    const audits = await auditsOf(world.contractId);
    expect(audits.map((row) => [row.actorId, (row.metadata as { side: string }).side])).toEqual([
      [world.admin.id, 'brand'],
      [world.creator.id, 'influencer'],
    ]);
    expect(audits[1]!.metadata).toMatchObject({ before: { status: 'pending' }, after: { status: 'signed' } });
    // The creator heard of the brand's signature, then both heard the contract is fully signed.
    expect(await signedNotices(world.creator.id)).toHaveLength(2);
    expect(await signedNotices(world.admin.id)).toHaveLength(1);
    expect(await signedNotices(world.member.id)).toHaveLength(1);
  });

  it('keeps both signatures when the two sides sign at the same moment', async () => {
    const world = await createPendingContract(database.db);
    const asBrand = signContract(brandCtx(database.db, world), world.contractId);
    const asCreator = signContract(actorCtx(database.db, world.creator), world.contractId);
    expect((await Promise.all([asBrand, asCreator])).map((result) => result.status).sort()).toEqual(['pending', 'signed']);
    const contract = await contractOf(world.contractId);
    expect(contract.status).toBe('signed');
    expect(Object.keys(contract.signedBy ?? {}).sort()).toEqual(['brand', 'influencer']);
  });

  it('refuses a second signature by the same side and any signature once the contract is not pending', async () => {
    const world = await createPendingContract(database.db);
    signInAs(world.creator);
    expect(await signCreatorContractAction(null, { contractId: world.contractId })).toMatchObject({ ok: true });
    expect(await signCreatorContractAction(null, { contractId: world.contractId })).toEqual({
      ok: false,
      error: 'You have already signed this contract.',
    });
    await setStatus(world.contractId, 'terminated');
    signInAs(world.admin);
    expect(await signBrandContractAction(null, { orgSlug: world.organization.slug, contractId: world.contractId })).toEqual({
      ok: false,
      error: 'This contract is terminated; only a pending contract can be signed.',
    });
    expect((await contractOf(world.contractId)).signedBy?.brand).toBeUndefined();
    expect(await auditsOf(world.contractId)).toHaveLength(1);
  });

  it('refuses brand members, other organizations, other creators and brand users acting as creators', async () => {
    const world = await createPendingContract(database.db);
    const input = { orgSlug: world.organization.slug, contractId: world.contractId };

    signInAs(world.member);
    expect(await signBrandContractAction(null, input)).toEqual({
      ok: false,
      error: 'Your role in this organization does not allow that.',
    });

    const outsider = await createOrganizationWithMember(database.db, 'brand_admin');
    signInAs(outsider.user);
    expect(await signBrandContractAction(null, input)).toEqual({ ok: false, error: 'Organization not found.' });
    expect(await signBrandContractAction(null, { orgSlug: outsider.organization.slug, contractId: world.contractId })).toEqual({
      ok: false,
      error: 'Contract not found.',
    });
    expect(await signCreatorContractAction(null, { contractId: world.contractId })).toEqual({
      ok: false,
      error: 'Only creators can do that.',
    });

    signInAs(await createCreator(database.db));
    expect(await signCreatorContractAction(null, { contractId: world.contractId })).toEqual({
      ok: false,
      error: 'Contract not found.',
    });

    expect(await signCreatorContractAction(null, { contractId: 'nope' })).toMatchObject({ ok: false });
    const contract = await contractOf(world.contractId);
    expect(contract).toMatchObject({ status: 'pending', signedBy: null });
    expect(await auditsOf(world.contractId)).toHaveLength(0);
  });
});
