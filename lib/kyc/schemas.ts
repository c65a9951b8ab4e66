import { z } from 'zod';
import { kycDocumentKinds } from '@/db/schema';
import { maxDocumentBytes } from './documents';

const orgSlug = z.string().trim().min(1).max(255);
const id = (message: string) => z.uuid({ error: message });

export const uploadDocumentSchema = z.object({
  orgSlug,
  kind: z.enum(kycDocumentKinds, { error: 'Choose the document type.' }),
  file: z
    .file({ error: 'Choose a file to upload.' })
    .min(1, { error: 'Choose a file to upload.' })
    .max(maxDocumentBytes, { error: 'The file is larger than 10 MB.' }),
});

export const removeDocumentSchema = z.object({ orgSlug, documentId: id('Choose a document to remove.') });

export const submitForReviewSchema = z.object({ orgSlug });

export const startProviderCheckSchema = z
  .object({
    orgSlug,
    provider: z.enum(['onfido', 'trulioo'], { error: 'Choose a verification provider.' }),
    registrationNumber: z
      .string()
      .trim()
      .max(100, { error: 'Use at most 100 characters.' })
      .optional()
      .transform((value) => value || undefined),
    jurisdiction: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .transform((value) => value || undefined)
      .pipe(
        z
          .string()
          .regex(/^[A-Z0-9-]{1,10}$/, { error: 'Use a short code such as DE or ON.' })
          .optional(),
      ),
  })
  .superRefine((input, context) => {
    if (input.provider === 'trulioo' && !input.registrationNumber)
      context.addIssue({ code: 'custom', path: ['registrationNumber'], message: 'Enter the company registration number.' });
  });

export const approveCheckSchema = z.object({ checkId: id('Choose a check.') });

export const rejectCheckSchema = z.object({
  checkId: id('Choose a check.'),
  reason: z
    .string({ error: 'Give a reason for the rejection.' })
    .trim()
    .min(1, { error: 'Give a reason for the rejection.' })
    .max(2000, { error: 'Use at most 2,000 characters.' }),
});

export type UploadDocumentInput = z.infer<typeof uploadDocumentSchema>;
export type StartProviderCheckInput = z.infer<typeof startProviderCheckSchema>;
