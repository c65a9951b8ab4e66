import type { createActionClients } from '@/lib/actions/clients';
import { confirmDemoPayment } from './demo-confirm';
import { fundContract } from './fund';
import { completeDemoOnboarding, refreshPayoutAccount, startPayoutOnboarding } from './payouts';
import { resolveReconciliationIssue } from './reconcile';
import {
  confirmDemoPaymentSchema,
  fundContractSchema,
  payoutOnboardingSchema,
  resolveReconciliationIssueSchema,
} from './schemas';

type ActionClients = ReturnType<typeof createActionClients>;

/** Defined once over the action clients: the app wires them to the real session, tests to a fake one. */
export function definePaymentActions(clients: Pick<ActionClients, 'adminAction' | 'brandAction' | 'creatorAction'>) {
  return {
    fund: clients.brandAction(fundContractSchema, 'payment.fund', async (input, ctx) => ({
      ...(await fundContract(ctx, input)),
      orgSlug: ctx.organization.slug,
    })),
    confirmDemo: clients.brandAction(confirmDemoPaymentSchema, 'payment.fund', async (input, ctx) => ({
      ...(await confirmDemoPayment(ctx, input)),
      orgSlug: ctx.organization.slug,
    })),
    startPayoutOnboarding: clients.creatorAction(payoutOnboardingSchema, (_input, ctx) => startPayoutOnboarding(ctx)),
    refreshPayoutAccount: clients.creatorAction(payoutOnboardingSchema, (_input, ctx) => refreshPayoutAccount(ctx)),
    completeDemoOnboarding: clients.creatorAction(payoutOnboardingSchema, (_input, ctx) => completeDemoOnboarding(ctx)),
    resolveReconciliationIssue: clients.adminAction(resolveReconciliationIssueSchema, (input, ctx) =>
      resolveReconciliationIssue(ctx, input),
    ),
  };
}
