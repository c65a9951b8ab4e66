import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contracts, offers } from '@/db/schema';
import { createCreator } from '@/tests/helpers/factories';
import { ConflictError } from '@/lib/errors';
import { createTestDatabase, type TestDatabase } from '@/tests/helpers/test-db';
import { acceptOffer } from './accept';
import { counterOffer } from './counter';
import { inviteCreator } from './invite';
import { auditsOf, createOfferWorld, creatorCtx, offerRow, revisionsOf, termsFor } from './test-world';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

type Outcome = { kind: 'accept' | 'counter'; result: PromiseSettledResult<unknown> };

async function race(moves: { kind: 'accept' | 'counter'; run: () => Promise<unknown> }[]): Promise<Outcome[]> {
  const results = await Promise.allSettled(moves.map((move) => move.run()));
  return results.map((result, index) => ({ kind: moves[index]!.kind, result }));
}

function expectOneWinner(outcomes: Outcome[]) {
  const winners = outcomes.filter((outcome) => outcome.result.status === 'fulfilled');
  expect(winners).toHaveLength(1);
  for (const outcome of outcomes) {
    if (outcome.result.status === 'rejected') {
      expect(outcome.result.reason).toBeInstanceOf(ConflictError);
      expect((outcome.result.reason as Error).message).toMatch(/^This offer (changed while you were looking at it|is accepted)/);
    }
  }
  return winners[0]!;
}

describe('concurrent moves on one offer', () => {
  it('lets exactly one of 20 concurrent counters and accepts win each round: gap-free versions, one audit row per move', async () => {
    const world = await createOfferWorld(database.db, { budgetMax: '100000.00' });
    const { id: offerId } = await inviteCreator(world.asAdmin, {
      campaignId: world.campaign.id,
      creatorId: world.creator.id,
      terms: termsFor(world, '1000'),
    });

    // Round 1: the creator's side, 20 counters (different prices) and accepts at version 1.
    const round1 = await race(
      Array.from({ length: 20 }, (_, index) =>
        index % 2 === 0
          ? {
              kind: 'counter' as const,
              run: () => counterOffer(world.asCreator, { offerId, version: 1, terms: termsFor(world, `${1100 + index}`) }),
            }
          : { kind: 'accept' as const, run: () => acceptOffer(world.asCreator, { offerId, version: 1 }) },
      ),
    );
    const first = expectOneWinner(round1);
    let moves = 2;

    if (first.kind === 'counter') {
      // Round 2: now the brand's side, mixed again at version 2 (accepts by the admin, counters by the member).
      const round2 = await race(
        Array.from({ length: 20 }, (_, index) =>
          index % 2 === 0
            ? { kind: 'accept' as const, run: () => acceptOffer(world.asAdmin, { offerId, version: 2 }) }
            : {
                kind: 'counter' as const,
                run: () => counterOffer(world.asMember, { offerId, version: 2, terms: termsFor(world, `${1200 + index}`) }),
              },
        ),
      );
      const second = expectOneWinner(round2);
      moves = 3;
      expect((await offerRow(database.db, offerId)).status).toBe(second.kind === 'accept' ? 'accepted' : 'counter');
    } else {
      expect((await offerRow(database.db, offerId)).status).toBe('accepted');
    }

    const offer = await offerRow(database.db, offerId);
    expect(offer.version).toBe(moves);
    const versions = (await revisionsOf(database.db, offerId)).map((revision) => revision.version);
    expect(versions).toEqual(Array.from({ length: moves }, (_, index) => index + 1));
    expect(await auditsOf(database.db, offerId)).toHaveLength(moves);
    const contractRows = await database.db.select().from(contracts).where(eq(contracts.offerId, offerId));
    expect(contractRows).toHaveLength(offer.status === 'accepted' ? 1 : 0);
  });

  it('with only accepts racing, exactly one contract is created', async () => {
    const world = await createOfferWorld(database.db);
    const { id: offerId } = await inviteCreator(world.asMember, {
      campaignId: world.campaign.id,
      creatorId: world.creator.id,
      terms: termsFor(world, '1000'),
    });
    const outcomes = await race(
      Array.from({ length: 20 }, () => ({
        kind: 'accept' as const,
        run: () => acceptOffer(world.asCreator, { offerId, version: 1 }),
      })),
    );
    expectOneWinner(outcomes);
    expect(await database.db.select().from(contracts).where(eq(contracts.offerId, offerId))).toHaveLength(1);
    expect((await revisionsOf(database.db, offerId)).map((revision) => revision.version)).toEqual([1, 2]);
    expect(await auditsOf(database.db, offerId)).toHaveLength(2);
  });

  it('keeps concurrent acceptances of different offers within the campaign budget', async () => {
    const world = await createOfferWorld(database.db, { budgetMax: '3000.00' });
    const creators = await Promise.all(Array.from({ length: 5 }, () => createCreator(database.db)));
    const ids: string[] = [];
    for (const creator of creators) {
      const terms = termsFor(world, '1000');
      ids.push((await inviteCreator(world.asAdmin, { campaignId: world.campaign.id, creatorId: creator.id, terms })).id);
    }
    const results = await Promise.allSettled(
      ids.map((offerId, index) => acceptOffer(creatorCtx(database.db, creators[index]!), { offerId, version: 1 })),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
    for (const result of results) {
      if (result.status === 'rejected') expect(String(result.reason)).toContain('would exceed the campaign budget');
    }
    const accepted = await database.db.select().from(offers).where(eq(offers.campaignId, world.campaign.id));
    expect(accepted.filter((row) => row.status === 'accepted')).toHaveLength(3);
  });
});
