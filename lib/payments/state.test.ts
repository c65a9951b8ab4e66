import { describe, expect, it } from 'vitest';
import { paymentStatuses, type PaymentStatus } from '@/db/schema';
import { canMove, escrowStatusOf, isCaptured, settledStatus } from './state';

const allowed = new Set([
  'pending>authorized',
  'pending>captured',
  'pending>failed',
  'authorized>captured',
  'authorized>failed',
  'captured>released',
  'captured>refunded',
  'captured>disputed',
  'refunded>released',
  'refunded>disputed',
  'released>disputed',
  'disputed>captured',
  'disputed>released',
  'disputed>refunded',
]);

const rank: Record<PaymentStatus, number> = {
  pending: 0,
  authorized: 1,
  failed: 2,
  captured: 2,
  disputed: 3,
  refunded: 3,
  released: 3,
};

describe('canMove', () => {
  const pairs = paymentStatuses.flatMap((from) => paymentStatuses.map((to) => [from, to] as const));

  it.each(pairs)('%s -> %s follows the lifecycle', (from, to) => {
    expect(canMove(from, to)).toBe(allowed.has(`${from}>${to}`));
  });

  it('never stays put, never leaves failed and never goes back before capture once captured', () => {
    for (const [from, to] of pairs) {
      if (from === to || from === 'failed') expect(canMove(from, to)).toBe(false);
      if (isCaptured(from) && !isCaptured(to)) expect(canMove(from, to)).toBe(false);
      if (from !== 'disputed' && canMove(from, to)) expect(rank[to]).toBeGreaterThanOrEqual(rank[from]);
    }
  });

  it('lets a dispute close to every captured status but not to an earlier one', () => {
    expect(paymentStatuses.filter((to) => canMove('disputed', to))).toEqual(['captured', 'released', 'refunded']);
  });
});

describe('settled amounts', () => {
  const amounts = (released: bigint, refunded: bigint) => ({ amount: 10_000n, released, refunded });

  it('is released once anything was released, refunded when only refunds moved, captured before that', () => {
    expect(settledStatus(amounts(0n, 0n))).toBe('captured');
    expect(settledStatus(amounts(0n, 2_500n))).toBe('refunded');
    expect(settledStatus(amounts(1n, 9_999n))).toBe('released');
  });

  it('keeps escrow held while money is left, then names where it went', () => {
    expect(escrowStatusOf(amounts(5_000n, 4_999n))).toBe('held');
    expect(escrowStatusOf(amounts(5_000n, 5_000n))).toBe('released');
    expect(escrowStatusOf(amounts(0n, 10_000n))).toBe('refunded');
    expect(escrowStatusOf(amounts(10_000n, 0n))).toBe('released');
  });
});
