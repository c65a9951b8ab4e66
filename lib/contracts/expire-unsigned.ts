import { and, eq, lte } from 'drizzle-orm';
import { contracts } from '@/db/schema';
import { withTransaction, type Ctx } from '@/lib/context';
import { lockContractRow } from './lock';
import { contractSignDays, unsignedCreatedBefore } from './sign-deadline';
import { voidUnsignedContract } from './void-unsigned';

const batchSize = 500;

/**
 * The worker's job: contracts still unsigned CONTRACT_SIGN_DAYS after they were created become void, as the system,
 * one transaction each; a signature committed meanwhile wins (the row is re-read under its lock).
 */
export async function expireUnsignedContracts(ctx: Ctx, now: Date): Promise<number> {
  const days = contractSignDays();
  const cutoff = unsignedCreatedBefore(now, days);
  const due = await ctx.db
    .select({ id: contracts.id })
    .from(contracts)
    .where(and(eq(contracts.status, 'pending'), lte(contracts.createdAt, cutoff)))
    .orderBy(contracts.createdAt)
    .limit(batchSize);
  let expired = 0;
  for (const { id } of due) {
    const voided = await withTransaction({ ...ctx, actor: null }, async (tx) => {
      const contract = await lockContractRow(tx, id, null);
      if (contract.createdAt.getTime() > cutoff.getTime()) return false;
      const why = `it was not signed by both sides within ${days} days`;
      return voidUnsignedContract(tx, contract, { action: 'expire_unsigned_contract', why });
    });
    if (voided) expired += 1;
  }
  return expired;
}
