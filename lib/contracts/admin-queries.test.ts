import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contracts, type ContractStatus } from '@/db/schema';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { adminContractsHref, adminContractsPageSize, listAdminContracts, parseAdminContractListParams } from './admin-queries';
import { createPendingContract } from './test-fixtures';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
const setContract = (id: string, values: { status?: ContractStatus; createdAt?: Date }) =>
  database.db.update(contracts).set(values).where(eq(contracts.id, id));

describe('listAdminContracts', () => {
  it("lists every organization's contracts newest first, filters by status and pages by 50", async () => {
    const older = await createPendingContract(database.db);
    const newer = await createPendingContract(database.db);
    await setContract(older.contractId, { status: 'active', createdAt: minutesAgo(10) });
    await setContract(newer.contractId, { createdAt: minutesAgo(5) });

    const all = await listAdminContracts(database.db, { page: 1 });
    expect(all).toMatchObject({ total: 2, pageCount: 1 });
    expect(all.rows).toEqual([
      {
        id: newer.contractId,
        status: 'pending',
        createdAt: expect.any(Date),
        disputeStatus: null,
        intact: true,
        campaignTitle: 'Summer Launch',
        organizationName: newer.organization.name,
        creatorName: 'Casey Creator',
        price: '1250.50',
        currency: 'GBP',
      },
      expect.objectContaining({ id: older.contractId, status: 'active', organizationName: older.organization.name }),
    ]);

    const active = await listAdminContracts(database.db, { status: 'active', page: 1 });
    expect(active).toMatchObject({ total: 1, pageCount: 1 });
    expect(active.rows.map((row) => row.id)).toEqual([older.contractId]);
    expect(await listAdminContracts(database.db, { status: 'completed', page: 1 })).toEqual({ rows: [], total: 0, pageCount: 1 });

    for (let i = 0; i < adminContractsPageSize - 1; i += 1) {
      const { contractId } = await createPendingContract(database.db);
      await setContract(contractId, { createdAt: minutesAgo(20 + i) });
    }
    const first = await listAdminContracts(database.db, { page: 1 });
    expect(first).toMatchObject({ total: adminContractsPageSize + 1, pageCount: 2 });
    expect(first.rows).toHaveLength(adminContractsPageSize);
    expect(first.rows.slice(0, 2).map((row) => row.id)).toEqual([newer.contractId, older.contractId]);
    const second = await listAdminContracts(database.db, { page: 2 });
    expect(second.rows).toHaveLength(1);
    expect(first.rows.map((row) => row.id)).not.toContain(second.rows[0]!.id);
    expect((await listAdminContracts(database.db, { page: 3 })).rows).toEqual([]);
  });

  it('flags a contract whose content no longer matches its hash', async () => {
    const world = await createPendingContract(database.db);
    // The seal trigger refuses content changes, so only a direct tamper with it off can break the hash.
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE contracts DISABLE TRIGGER contracts_seal_content`);
      await tx.execute(
        sql`UPDATE contracts SET content = jsonb_set(content, '{offer,price}', '"1.00"') WHERE id = ${world.contractId}`,
      );
      await tx.execute(sql`ALTER TABLE contracts ENABLE TRIGGER contracts_seal_content`);
    });
    const { rows } = await listAdminContracts(database.db, { page: 1 });
    expect(rows.find((row) => row.id === world.contractId)?.intact).toBe(false);
  });
});

describe('admin contract list params', () => {
  it('reads the status and page from the URL, falling back on bad values', () => {
    expect(parseAdminContractListParams({})).toEqual({ page: 1 });
    expect(parseAdminContractListParams({ status: 'signed', page: '3' })).toEqual({ status: 'signed', page: 3 });
    expect(parseAdminContractListParams({ status: ['active', 'pending'], page: ['2'] })).toEqual({ status: 'active', page: 2 });
    expect(parseAdminContractListParams({ status: 'bogus', page: '-1' })).toEqual({ page: 1 });
    expect(parseAdminContractListParams({ page: '1.5' })).toEqual({ page: 1 });
    expect(parseAdminContractListParams({ page: 'x' })).toEqual({ page: 1 });
  });

  it('builds the URL of a view', () => {
    expect(adminContractsHref({ page: 1 })).toBe('/admin/contracts');
    expect(adminContractsHref({ status: 'disputed', page: 1 })).toBe('/admin/contracts?status=disputed');
    expect(adminContractsHref({ status: 'active', page: 2 })).toBe('/admin/contracts?status=active&page=2');
  });
});
