import { z } from 'zod';
import { moneyPattern } from '@/lib/campaigns/schemas';
import { fileList, httpsUrl, idField, optionalText, requiredText } from '@/lib/submissions/schemas';

export const disputeOutcomes = ['release', 'refund', 'split'] as const;
export type DisputeOutcome = (typeof disputeOutcomes)[number];

/** Links typed one per line (or sent as a list), at most five, each https. */
const links = z.preprocess(
  (value) =>
    (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\r?\n/) : [])
      .map((line) => (typeof line === 'string' ? line.trim() : line))
      .filter((line) => line !== ''),
  z.array(httpsUrl('Every link must start with https://.')).max(5, { error: 'Add at most 5 links.' }),
);

const evidence = {
  contractId: idField('Choose a contract.'),
  statement: optionalText(5000),
  links,
  files: fileList(3),
};

export const openDisputeSchema = z.object({ ...evidence, reason: requiredText(2000, 'Give the reason for the dispute.') });
export const openBrandDisputeSchema = openDisputeSchema.extend({ orgSlug: z.string().trim().min(1).max(255) });

export const respondDisputeSchema = z.object({ ...evidence, statement: requiredText(5000, 'Write your response.') });
export const respondBrandDisputeSchema = respondDisputeSchema.extend({ orgSlug: z.string().trim().min(1).max(255) });

const amount = (label: string) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .regex(moneyPattern, { error: `Enter the ${label} as an amount such as 1500 or 1500.50.` });

export const resolveDisputeSchema = z.object({
  contractId: idField('Choose a contract.'),
  outcome: z.enum(disputeOutcomes, { error: 'Choose an outcome.' }),
  releaseAmount: amount('amount to release'),
  refundAmount: amount('amount to refund'),
  note: requiredText(5000, 'Explain the decision in a note.'),
});

export const escalateDisputeSchema = z.object({ contractId: idField('Choose a contract.'), note: optionalText(2000) });

export type OpenDisputeInput = z.infer<typeof openDisputeSchema>;
export type RespondDisputeInput = z.infer<typeof respondDisputeSchema>;
export type ResolveDisputeInput = z.infer<typeof resolveDisputeSchema>;
export type EscalateDisputeInput = z.infer<typeof escalateDisputeSchema>;
