import { z } from 'zod';
import { maxUploadBytes } from './files';

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
// A file input left empty still sends a zero-byte part (its name varies with how the form was serialised).
const isEmptyFile = (value: unknown) => value instanceof Blob && value.size === 0;

export const idField = (message: string) => z.uuid({ error: message });

export const httpsUrl = (message: string) =>
  z
    .string()
    .trim()
    .max(2000, { error: 'Use at most 2,000 characters.' })
    .pipe(z.url({ protocol: /^https$/, error: message }));

export const optionalText = (max: number) =>
  z.preprocess(
    (value) => (isBlank(value) ? undefined : value),
    z
      .string()
      .trim()
      .max(max, { error: `Use at most ${max.toLocaleString('en-GB')} characters.` })
      .optional(),
  );

export const requiredText = (max: number, message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, { error: message })
    .max(max, { error: `Use at most ${max.toLocaleString('en-GB')} characters.` });

/** An optional file input: the empty File a browser sends when nothing was chosen counts as none. */
export const optionalFile = z.preprocess(
  (value) => (isBlank(value) || isEmptyFile(value) ? undefined : value),
  z.file().max(maxUploadBytes, { error: 'The file is larger than 10 MB.' }).optional(),
);

/** A multi-file input as a list, without the empty placeholder. */
export const fileList = (max: number) =>
  z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((item) => !isEmptyFile(item)),
    z
      .array(z.file().max(maxUploadBytes, { error: 'Each file must be at most 10 MB.' }))
      .max(max, { error: `Attach at most ${max} files.` }),
  );

export const submitDeliverableSchema = z
  .object({
    contractId: idField('Choose a contract.'),
    deliverableId: idField('Choose the deliverable.'),
    contentUrl: z.preprocess(
      (value) => (isBlank(value) ? undefined : value),
      httpsUrl('Enter a link that starts with https://.').optional(),
    ),
    caption: optionalText(5000),
    file: optionalFile,
  })
  .superRefine((value, context) => {
    if (!value.contentUrl && !value.caption)
      context.addIssue({ code: 'custom', path: ['contentUrl'], message: 'Add a link to the content, a caption or both.' });
  });

export const reviewDecisions = ['approve', 'request_changes'] as const;

export const reviewSubmissionSchema = z
  .object({
    orgSlug: z.string().trim().min(1).max(255),
    submissionId: idField('Choose a submission.'),
    decision: z.enum(reviewDecisions, { error: 'Choose Approve or Request changes.' }),
    comment: optionalText(5000),
  })
  .superRefine((value, context) => {
    if (value.decision === 'request_changes' && !value.comment)
      context.addIssue({ code: 'custom', path: ['comment'], message: 'Say what should change.' });
  });

export type SubmitDeliverableInput = z.infer<typeof submitDeliverableSchema>;
export type ReviewSubmissionInput = z.infer<typeof reviewSubmissionSchema>;
