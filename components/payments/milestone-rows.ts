import type { ContractPaymentRow } from '@/lib/payments/queries';
import { contractMilestones } from '@/lib/payments/fund';
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
  fee: string;
  net: string;
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
    return {
      index,
      name: milestone.name,
      amount: payment?.amount ?? milestone.amount,
      currency: rowCurrency,
      payment,
      fee: platformFeeOf(milestone.amount, rowCurrency, feePercent),
      net: netOfPlatformFee(milestone.amount, rowCurrency, feePercent),
      unfunded: !live || live.status === 'pending',
    };
  });
}
