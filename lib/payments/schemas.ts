import { z } from 'zod';
import { idField, requiredText } from '@/lib/submissions/schemas';

const orgSlug = z.string().trim().min(1).max(255);

export const fundContractSchema = z.object({
  orgSlug,
  contractId: idField('Choose a contract.'),
  milestoneIndex: z.coerce
    .number({ error: 'Choose a milestone to fund.' })
    .int({ error: 'Choose a milestone to fund.' })
    .min(0, { error: 'Choose a milestone to fund.' }),
});
export type FundContractInput = z.infer<typeof fundContractSchema>;

export const confirmDemoPaymentSchema = z.object({
  orgSlug,
  paymentId: idField('This payment does not exist.'),
  cardNumber: z
    .string({ error: 'Enter the card number.' })
    .transform((value) => value.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^\d{12,19}$/, { error: 'Enter the card number as 12 to 19 digits, e.g. 4242 4242 4242 4242.' })),
});
export type ConfirmDemoPaymentInput = z.infer<typeof confirmDemoPaymentSchema>;

export const payoutOnboardingSchema = z.object({});

export const resolveReconciliationIssueSchema = z.object({
  issueId: idField('This reconciliation issue does not exist.'),
  note: requiredText(2000, 'Say how the difference was resolved.'),
});
export type ResolveReconciliationIssueInput = z.infer<typeof resolveReconciliationIssueSchema>;
