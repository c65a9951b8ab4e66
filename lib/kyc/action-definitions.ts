import type { createActionClients } from '@/lib/actions/clients';
import { ValidationError } from '@/lib/errors';
import type { ObjectStore } from '@/lib/storage';
import { decideKycCheck } from './decide';
import type { KycProviderAdapter } from './provider';
import {
  approveCheckSchema,
  rejectCheckSchema,
  removeDocumentSchema,
  startProviderCheckSchema,
  submitForReviewSchema,
  uploadDocumentSchema,
} from './schemas';
import { startProviderCheck, submitKycForReview } from './submit';
import { removeKycDocument, uploadKycDocument } from './upload';

type ActionClients = ReturnType<typeof createActionClients>;

export interface KycActionDependencies {
  store(): ObjectStore;
  /** The provider brands may use, or null when only manual review is offered. */
  offeredProvider(): KycProviderAdapter | null;
  /** Where a hosted provider flow sends the brand admin back to. */
  returnUrl(orgSlug: string): string;
}

/**
 * The KYC server actions, defined once over the action clients so the app wires them to the real session and
 * tests to a fake one. Routes add revalidation and redirects around them.
 */
export function defineKycBrandActions(clients: Pick<ActionClients, 'brandAction'>, dependencies: KycActionDependencies) {
  return {
    upload: clients.brandAction(uploadDocumentSchema, 'kyc.manage', async (input, ctx) => {
      const bytes = new Uint8Array(await input.file.arrayBuffer());
      const uploaded = await uploadKycDocument(ctx, { kind: input.kind, fileName: input.file.name, bytes }, dependencies.store());
      return { ...uploaded, orgSlug: ctx.organization.slug };
    }),

    remove: clients.brandAction(removeDocumentSchema, 'kyc.manage', async (input, ctx) => {
      const removed = await removeKycDocument(ctx, input.documentId, dependencies.store());
      return { ...removed, orgSlug: ctx.organization.slug };
    }),

    submit: clients.brandAction(submitForReviewSchema, 'kyc.manage', async (_input, ctx) => {
      const submitted = await submitKycForReview(ctx);
      return { ...submitted, orgSlug: ctx.organization.slug };
    }),

    startProvider: clients.brandAction(startProviderCheckSchema, 'kyc.manage', async (input, ctx) => {
      const adapter = dependencies.offeredProvider();
      if (!adapter || adapter.name !== input.provider)
        throw new ValidationError('That verification provider is not available. Upload documents for manual review instead.');
      const started = await startProviderCheck(ctx, adapter, {
        registrationNumber: input.registrationNumber,
        jurisdiction: input.jurisdiction,
        returnUrl: dependencies.returnUrl(ctx.organization.slug),
      });
      return { ...started, orgSlug: ctx.organization.slug };
    }),
  };
}

export function defineKycStaffActions(clients: Pick<ActionClients, 'adminAction'>) {
  return {
    approve: clients.adminAction(
      approveCheckSchema,
      (input, ctx) => decideKycCheck(ctx, { checkId: input.checkId, outcome: 'approved' }),
      {
        allowSupport: true,
      },
    ),
    reject: clients.adminAction(
      rejectCheckSchema,
      (input, ctx) => decideKycCheck(ctx, { checkId: input.checkId, outcome: 'rejected', reason: input.reason }),
      { allowSupport: true },
    ),
  };
}
