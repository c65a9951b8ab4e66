/** The worker's queues and how often pg-boss's cron puts a job on each (cron in UTC). */
export const jobSchedules = {
  'offers-expire': '* * * * *',
  'offers-warn-expiring': '*/15 * * * *',
  'contracts-expire-unsigned': '*/15 * * * *',
  'submissions-auto-approve': '*/15 * * * *',
  'email-deliver': '* * * * *',
  'payments-capture': '* * * * *',
  'payments-settle': '* * * * *',
  'payments-reconcile': '0 * * * *',
} as const;

export type JobQueue = keyof typeof jobSchedules;

export const jobQueues = Object.keys(jobSchedules) as JobQueue[];
