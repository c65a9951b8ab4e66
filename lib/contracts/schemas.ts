import { z } from 'zod';

const contractId = z.uuid({ error: 'Choose a contract.' });

export const brandContractSchema = z.object({ orgSlug: z.string().min(1), contractId });
export const creatorContractSchema = z.object({ contractId });
export const adminTerminateSchema = z.object({
  contractId,
  note: z
    .string({ error: 'Say why the contract is terminated.' })
    .trim()
    .min(10, 'Say why the contract is terminated (at least 10 characters).')
    .max(2000, 'Keep the note under 2,000 characters.'),
});
