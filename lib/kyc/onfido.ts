import { z } from 'zod';
import { ValidationError } from '@/lib/errors';
import type { OnfidoConfig } from './config';
import type { KycOutcome, KycProviderAdapter, KycWebhookEvent, StartedCheck } from './provider';
import { assertHexSignature, parseJsonObject, providerRequest } from './provider-http';

export const onfidoApiVersion = 'v3.6';
export const onfidoSignatureHeader = 'x-sha2-signature';

const applicantResponse = z.object({ id: z.string().min(1) });

const workflowRunResponse = z.object({
  id: z.string().min(1),
  status: z.string(),
  link: z.object({ url: z.string().optional() }).nullish(),
});

const webhookBody = z.object({
  payload: z.object({
    resource_type: z.string(),
    action: z.string(),
    object: z.object({
      id: z.string().min(1),
      status: z.string().optional(),
      result: z.string().nullish(),
      completed_at_iso8601: z.string().nullish(),
      href: z.string().optional(),
    }),
  }),
});

/**
 * A workflow run ends approved or declined; an abandoned or errored run ends without a decision and counts as
 * rejected so the brand can start again. `review` waits for Onfido's analysts and stays pending.
 */
export function workflowRunOutcome(status: string): KycOutcome {
  if (status === 'approved') return 'approved';
  if (status === 'declined' || status === 'abandoned' || status === 'error') return 'rejected';
  return 'pending';
}

/** A classic check: `clear` passes, `consider` needs attention and is treated as a rejection. */
export function checkResultOutcome(result: string | null | undefined): KycOutcome {
  if (result === 'clear') return 'approved';
  if (result === 'consider') return 'rejected';
  return 'pending';
}

export function onfidoProvider(config: OnfidoConfig): KycProviderAdapter {
  const base = `${config.apiUrl}/${onfidoApiVersion}`;
  const headers = () => ({ authorization: `Token token=${config.apiToken}` });

  return {
    name: 'onfido',
    label: 'Onfido',
    acceptsWebhooks: Boolean(config.webhookToken),

    async startCheck(_subject, applicant, options = {}): Promise<StartedCheck> {
      if (!config.apiToken || !config.workflowId)
        throw new Error('Onfido is not configured (ONFIDO_API_TOKEN, ONFIDO_WORKFLOW_ID)');
      const applicantBody = await providerRequest('Onfido', `${base}/applicants`, {
        method: 'POST',
        headers: headers(),
        body: { first_name: applicant.firstName, last_name: applicant.lastName, email: applicant.email },
      });
      const created = applicantResponse.parse(applicantBody);
      const runBody = await providerRequest('Onfido', `${base}/workflow_runs`, {
        method: 'POST',
        headers: headers(),
        body: {
          workflow_id: config.workflowId,
          applicant_id: created.id,
          ...(options.returnUrl
            ? { link: { completed_redirect_url: options.returnUrl, expired_redirect_url: options.returnUrl } }
            : {}),
        },
      });
      const run = workflowRunResponse.parse(runBody);
      const outcome = workflowRunOutcome(run.status);
      return {
        reference: run.id,
        status: outcome,
        redirectUrl: run.link?.url,
        reason: outcome === 'rejected' ? `Onfido workflow run ${run.status}.` : undefined,
        raw: { applicant_id: created.id, workflow_run: runBody },
      };
    },

    parseWebhook(requestHeaders, rawBody): KycWebhookEvent {
      assertHexSignature(config.webhookToken, rawBody, requestHeaders.get(onfidoSignatureHeader));
      const json = parseJsonObject(rawBody);
      const parsed = webhookBody.safeParse(json);
      if (!parsed.success) throw new ValidationError('Not an Onfido webhook payload.');
      const { action, object } = parsed.data.payload;
      const outcome =
        action === 'workflow_run.completed'
          ? workflowRunOutcome(object.status ?? '')
          : action === 'check.completed'
            ? checkResultOutcome(object.result)
            : 'pending';
      return {
        // Onfido sends no event id: an event is its action on an object reaching a status, which a redelivery repeats.
        eventId: [action, object.id, object.status, object.result].filter(Boolean).join(':'),
        reference: object.id,
        outcome,
        reason:
          outcome === 'rejected'
            ? action === 'check.completed'
              ? `Onfido check result: ${object.result}.`
              : `Onfido workflow run ${object.status}.`
            : undefined,
        raw: json as Record<string, unknown>,
      };
    },
  };
}
