/** Where the people who can unblock waiting money act on it. */
export const creatorPayoutsPath = '/creator/payouts';
export const adminPaymentsPath = '/admin/payments';
