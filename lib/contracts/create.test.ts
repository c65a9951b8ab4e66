import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs, contracts, notifications, organizationBilling } from '@/db/schema';
import { withTransaction } from '@/lib/context';
import { ConflictError } from '@/lib/errors';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import type { ContractContent } from './content';
import { createContractForAcceptedOffer } from './create';
import { actorCtx, createAcceptedOffer } from './test-fixtures';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('createContractForAcceptedOffer', () => {
  it('freezes the accepted offer into a pending contract with its hash, audit row and notifications', async () => {
    const world = await createAcceptedOffer(database.db);
    await database.db
      .insert(organizationBilling)
      .values({ organizationId: world.organization.id, legalName: 'Brand Legal Ltd', city: 'London' });
    const { id } = await withTransaction(actorCtx(database.db, world.admin), (tx) =>
      createContractForAcceptedOffer(tx, world.offer),
    );

    const [contract] = await database.db.select().from(contracts).where(eq(contracts.id, id));
    expect(contract).toMatchObject({
      status: 'pending',
      offerId: world.offer.id,
      campaignId: world.campaign.id,
      influencerId: world.creator.id,
      organizationId: world.organization.id,
      signedBy: null,
    });
    expect(contract!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const content = contract!.content as unknown as ContractContent;
    expect(content.offer).toMatchObject({ id: world.offer.id, version: 3, price: '1250.50', currency: 'GBP' });
    expect(content.brand).toMatchObject({ legal_name: 'Brand Legal Ltd', address: 'London' });
    expect(content.creator).toMatchObject({ user_id: world.creator.id, display_name: 'Casey Creator' });
    expect(content.deliverables).toEqual([
      expect.objectContaining({ id: world.deliverable.id, type: 'reel', count: 2, description: 'Show the bottle in daylight' }),
    ]);

    const audits = await database.db.select().from(auditLogs).where(eq(auditLogs.resourceId, id));
    expect(audits).toEqual([
      expect.objectContaining({ action: 'create_contract', actorId: world.admin.id, resourceType: 'contract' }),
    ]);
    expect(audits[0]!.metadata).toMatchObject({
      offer_id: world.offer.id,
      offer_version: 3,
      content_hash: contract!.contentHash,
    });

    const ready = await database.db.select().from(notifications).where(eq(notifications.type, 'contract_ready'));
    const mine = ready.filter((row) => row.link?.endsWith(id));
    expect(mine.map((row) => [row.userId, row.link]).sort()).toEqual(
      [
        [world.admin.id, `/brand/${world.organization.slug}/contracts/${id}`],
        [world.member.id, `/brand/${world.organization.slug}/contracts/${id}`],
        [world.creator.id, `/creator/contracts/${id}`],
      ].sort(),
    );
  });

  it('refuses an offer that is not accepted, and a second contract for the same offer', async () => {
    const world = await createAcceptedOffer(database.db);
    const ctx = actorCtx(database.db, world.admin);
    await expect(createContractForAcceptedOffer(ctx, { ...world.offer, status: 'counter' })).rejects.toThrow(ConflictError);
    await createContractForAcceptedOffer(ctx, world.offer);
    await expect(withTransaction(ctx, (tx) => createContractForAcceptedOffer(tx, world.offer))).rejects.toThrow(
      'This offer already has a contract.',
    );
    const rows = await database.db
      .select()
      .from(contracts)
      .where(and(eq(contracts.offerId, world.offer.id)));
    expect(rows).toHaveLength(1);
  });
});
