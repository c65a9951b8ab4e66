import type { ContractPaymentRow } from '@/lib/payments/queries';
import { contractMilestones } from '@/lib/payments/fund';
import { fromMinorUnits, toMinorUnits } from '@/lib/campaigns/schemas';
import { netOfPlatformFee, platformFeeOf } from '@/lib/payments/money';

/** The signed price and currency of the terms (older contracts kept them at the top level). */
export function signedPriceOf(content: Record<string, unknown>): { price: string; currency: string } {
  const offer = (content.offer ?? {}) as { price?: string; currency?: string };
  return {
    price: offer.price ?? (content.price as string | undefined) ?? '0',
    currency: offer.currency ?? (content.currency as string | undefined) ?? 'GBP',
  };
}

export interface MilestonePaymentRow {
  index: number;
  name: string;
  amount: string;
  currency: string;
  /** The milestone's current payment: the one not failed, else the latest failed attempt, else none. */
  payment: ContractPaymentRow | null;
  /** Before any release: the fee and net the milestone amount will give; after: what was actually taken and paid. */
  fee: string;
  net: string;
  feeTaken: boolean;
  /** No payment is under way: the brand may fund it. */
  unfunded: boolean;
}

/** One row per milestone of the signed terms, joined with its payments; the fee is computed in integers. */
export function milestonePaymentRows(
  content: Record<string, unknown>,
  price: string,
  currency: string,
  payments: ContractPaymentRow[],
  feePercent: number,
): MilestonePaymentRow[] {
  return contractMilestones(content, price).map((milestone, index) => {
    const attempts = payments.filter((payment) => payment.milestoneIndex === index);
    const live = attempts.find((payment) => payment.status !== 'failed');
    const payment = live ?? attempts.at(-1) ?? null;
    const rowCurrency = payment?.currency ?? currency;
    const feeTaken = payment !== null && toMinorUnits(payment.releasedAmount) > 0n;
    return {
      index,
      name: milestone.name,
      amount: payment?.amount ?? milestone.amount,
      currency: rowCurrency,
      payment,
      fee: feeTaken ? payment.platformFee : platformFeeOf(milestone.amount, rowCurrency, feePercent),
      net: feeTaken
        ? fromMinorUnits(toMinorUnits(payment.releasedAmount) - toMinorUnits(payment.platformFee))
        : netOfPlatformFee(milestone.amount, rowCurrency, feePercent),
      feeTaken,
      unfunded: !live || live.status === 'pending',
    };
  });
}
