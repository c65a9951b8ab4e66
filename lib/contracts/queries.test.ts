import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contracts } from '@/db/schema';
import { createUser } from '@/tests/helpers/factories';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { getBrandContract, getContractForViewer, getCreatorContract, listBrandContracts, listCreatorContracts } from './queries';
import { createPendingContract } from './test-fixtures';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('contract queries', () => {
  it('shows a contract to its organization and its creator only, verified as intact', async () => {
    const world = await createPendingContract(database.db);
    const other = await createPendingContract(database.db);

    const forBrand = await getBrandContract(database.db, world.organization.id, world.contractId);
    expect(forBrand).toMatchObject({
      id: world.contractId,
      intact: true,
      campaignTitle: 'Summer Launch',
      orgName: world.organization.name,
      creatorName: 'Casey Creator',
      brandSignerName: null,
    });
    expect(forBrand!.document?.offer.price).toBe('1250.50');
    expect((await getCreatorContract(database.db, world.creator.id, world.contractId))?.intact).toBe(true);

    expect(await getBrandContract(database.db, other.organization.id, world.contractId)).toBeNull();
    expect(await getCreatorContract(database.db, other.creator.id, world.contractId)).toBeNull();
    expect(await getBrandContract(database.db, world.organization.id, 'not-a-uuid')).toBeNull();

    const brandList = await listBrandContracts(database.db, world.organization.id);
    expect(brandList).toEqual([
      expect.objectContaining({
        id: world.contractId,
        status: 'pending',
        campaignTitle: 'Summer Launch',
        counterparty: 'Casey Creator',
        price: '1250.50',
        currency: 'GBP',
        intact: true,
      }),
    ]);
    const creatorList = await listCreatorContracts(database.db, world.creator.id);
    expect(creatorList).toEqual([expect.objectContaining({ id: world.contractId, counterparty: world.organization.name })]);
  });

  it('opens the print view to both parties and staff only', async () => {
    const world = await createPendingContract(database.db);
    const other = await createPendingContract(database.db);
    const support = await createUser(database.db, { role: 'support' });
    const id = world.contractId;
    for (const viewer of [world.admin, world.member, world.creator, support]) {
      expect((await getContractForViewer(database.db, viewer, id))?.id).toBe(id);
    }
    for (const viewer of [other.admin, other.creator]) {
      expect(await getContractForViewer(database.db, viewer, id)).toBeNull();
    }
  });

  it('refuses a normal change of the content, and reports a tampered contract as not intact', async () => {
    const world = await createPendingContract(database.db);
    await expect(
      database.db
        .update(contracts)
        .set({ content: { tampered: true } })
        .where(eq(contracts.id, world.contractId)),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ constraint_name: 'contracts_content_frozen' }) });
    await expect(
      database.db
        .update(contracts)
        .set({ contentHash: 'a'.repeat(64) })
        .where(eq(contracts.id, world.contractId)),
    ).rejects.toThrow();
    expect((await getBrandContract(database.db, world.organization.id, world.contractId))?.intact).toBe(true);

    await database.db.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE contracts DISABLE TRIGGER contracts_seal_content`);
      await tx.execute(
        sql`UPDATE contracts SET content = jsonb_set(content, '{offer,price}', '"1.00"') WHERE id = ${world.contractId}`,
      );
      await tx.execute(sql`ALTER TABLE contracts ENABLE TRIGGER contracts_seal_content`);
    });

    const tampered = await getBrandContract(database.db, world.organization.id, world.contractId);
    expect(tampered).toMatchObject({ intact: false });
    expect(tampered!.document?.offer.price).toBe('1.00');
    expect((await getCreatorContract(database.db, world.creator.id, world.contractId))?.intact).toBe(false);
    const [listed] = await listBrandContracts(database.db, world.organization.id);
    expect(listed).toMatchObject({ id: world.contractId, intact: false });
  });
});
