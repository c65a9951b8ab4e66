import type { Executor } from '@/db/client';
import { systemRequest, type Ctx } from '@/lib/context';
import { expireUnsignedContracts } from '@/lib/contracts/expire-unsigned';
import { deliverPendingEmails } from '@/lib/mail/outbox';
import { expireOverdueOffers, warnExpiringOffers } from '@/lib/offers/expire';
import { captureAuthorizedPayments } from '@/lib/payments/capture';
import { reconcilePayments } from '@/lib/payments/reconcile';
import { settleDuePayments } from '@/lib/payments/settle';
import { autoApproveStaleSubmissions } from '@/lib/submissions/auto-approve';
import type { JobQueue } from './queues';

interface JobHandler {
  /** Does one sweep and returns how many records it changed. */
  run(ctx: Ctx, now: Date): Promise<number>;
  summary(changed: number): string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const jobHandlers: Record<JobQueue, JobHandler> = {
  'offers-expire': {
    run: (ctx, now) => expireOverdueOffers(ctx, now),
    summary: (count) => `${plural(count, 'offer', 'offers')} expired`,
  },
  'offers-warn-expiring': {
    run: (ctx, now) => warnExpiringOffers(ctx, now),
    summary: (count) => `${plural(count, 'offer', 'offers')} warned about expiring within 24 hours`,
  },
  'contracts-expire-unsigned': {
    run: (ctx, now) => expireUnsignedContracts(ctx, now),
    summary: (count) => `${plural(count, 'unsigned contract', 'unsigned contracts')} void after the signing period`,
  },
  'submissions-auto-approve': {
    run: (ctx, now) => autoApproveStaleSubmissions(ctx, now),
    summary: (count) => `${plural(count, 'submission', 'submissions')} auto-approved`,
  },
  'email-deliver': {
    run: (ctx) => deliverPendingEmails(ctx.db),
    summary: (count) => `${plural(count, 'e-mail', 'e-mails')} sent`,
  },
  'payments-capture': {
    run: (ctx) => captureAuthorizedPayments(ctx),
    summary: (count) => `${plural(count, 'payment', 'payments')} captured`,
  },
  'payments-settle': {
    run: (ctx) => settleDuePayments(ctx),
    summary: (count) => `${plural(count, 'escrow movement', 'escrow movements')} made (releases and refunds)`,
  },
  'payments-reconcile': {
    run: async (ctx, now) => (await reconcilePayments(ctx, now)).issues,
    summary: (count) => `${plural(count, 'reconciliation issue', 'reconciliation issues')} flagged`,
  },
};

/** Runs one job of a queue as the system (no acting user) and logs a line when it changed something. */
export async function runJob(queue: JobQueue, db: Executor, log: (line: string) => void, now = new Date()): Promise<number> {
  const handler = jobHandlers[queue];
  const changed = await handler.run({ db, actor: null, request: systemRequest(`worker:${queue}`) }, now);
  if (changed > 0) log(`worker: ${queue}: ${handler.summary(changed)}`);
  return changed;
}
