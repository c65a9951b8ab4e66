import { describe, expect, it } from 'vitest';
import type { ContractPaymentRow } from '@/lib/payments/queries';
import { milestonePaymentRows } from './milestone-rows';

const content = {
  offer: { price: '300.00', currency: 'GBP', terms: { milestones: [{ name: 'On approval', amount: '300.00' }] } },
};
const payment = (values: Partial<ContractPaymentRow>) =>
  ({
    milestoneIndex: 0,
    status: 'captured',
    amount: '300.00',
    currency: 'GBP',
    releasedAmount: '0.00',
    platformFee: '0.00',
    ...values,
  }) as ContractPaymentRow;

describe('milestonePaymentRows', () => {
  it('shows the fee the milestone amount will give before anything is released', () => {
    const [row] = milestonePaymentRows(content, '300.00', 'GBP', [payment({})], 10);
    expect(row).toMatchObject({ fee: '30.00', net: '270.00', feeTaken: false });
  });

  it('shows the fee actually taken and the net paid once part of the money was released', () => {
    const released = payment({ status: 'released', releasedAmount: '180.00', platformFee: '18.00' });
    const [row] = milestonePaymentRows(content, '300.00', 'GBP', [released], 10);
    expect(row).toMatchObject({ fee: '18.00', net: '162.00', feeTaken: true });
  });
});
