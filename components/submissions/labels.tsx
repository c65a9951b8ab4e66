import type { SubmissionStatus } from '@/db/schema';

export const submissionStatusLabels: Record<SubmissionStatus, string> = {
  submitted: 'Waiting for review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
  auto_approved: 'Approved automatically',
};

export const submissionTones: Record<SubmissionStatus | 'none', string> = {
  none: 'bg-zinc-100 text-zinc-800 ring-zinc-300',
  submitted: 'bg-blue-50 text-blue-800 ring-blue-200',
  approved: 'bg-green-50 text-green-800 ring-green-200',
  auto_approved: 'bg-green-50 text-green-800 ring-green-200',
  changes_requested: 'bg-amber-50 text-amber-900 ring-amber-200',
};

export const moment = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function Moment({ value }: { value: Date | string }) {
  const date = typeof value === 'string' ? new Date(value) : value;
  return <time dateTime={date.toISOString()}>{moment.format(date)} UTC</time>;
}
