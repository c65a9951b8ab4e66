import { createHmac } from 'node:crypto';

export const onfidoWebhookToken = 'onfido-webhook-token-for-tests';
export const onfidoApiToken = 'api_sandbox.test-token';
export const onfidoWorkflowId = '9fd1f1ba-2f2f-4b5e-8b8c-3d8a9c6a0f11';

/** Recorded Onfido API v3.6 answers (sandbox), trimmed to the fields a client reads plus a few for realism. */
export const onfidoApplicantCreated = {
  id: '7e5b1c42-5f3a-4b0a-9a2d-1e3f4c5d6a7b',
  created_at: '2026-11-30T10:15:02Z',
  sandbox: true,
  first_name: 'Harriet',
  last_name: 'Cole',
  email: 'harriet@example.test',
  dob: null,
  delete_at: null,
  href: '/v3.6/applicants/7e5b1c42-5f3a-4b0a-9a2d-1e3f4c5d6a7b',
  id_numbers: [],
  phone_number: null,
  address: null,
  location: null,
};

export const onfidoWorkflowRunCreated = {
  id: 'c2f0a8d4-91b7-4a36-b1e2-6f7d8e9a0b1c',
  applicant_id: onfidoApplicantCreated.id,
  workflow_id: onfidoWorkflowId,
  workflow_version_id: 3,
  dashboard_url: 'https://dashboard.onfido.com/results/c2f0a8d4-91b7-4a36-b1e2-6f7d8e9a0b1c',
  status: 'awaiting_input',
  output: null,
  reasons: null,
  error: null,
  created_at: '2026-11-30T10:15:03Z',
  updated_at: '2026-11-30T10:15:03Z',
  link: {
    url: 'https://eu.onfido.app/l/c2f0a8d4-91b7-4a36-b1e2-6f7d8e9a0b1c',
    completed_redirect_url: null,
    expired_redirect_url: null,
    expires_at: null,
    language: null,
  },
  tags: [],
};

export function onfidoWorkflowRunEvent(runId: string, status: string) {
  return {
    payload: {
      resource_type: 'workflow_run',
      action: 'workflow_run.completed',
      object: {
        id: runId,
        status,
        completed_at_iso8601: '2026-11-30T10:21:44Z',
        href: `https://api.eu.onfido.com/v3.6/workflow_runs/${runId}`,
      },
    },
  };
}

export function onfidoCheckEvent(checkId: string, result: 'clear' | 'consider') {
  return {
    payload: {
      resource_type: 'check',
      action: 'check.completed',
      object: {
        id: checkId,
        status: 'complete',
        result,
        completed_at_iso8601: '2026-11-30T10:21:44Z',
        href: `https://api.eu.onfido.com/v3.6/checks/${checkId}`,
      },
    },
  };
}

/** Headers as Onfido sends them: X-SHA2-Signature is the hex HMAC-SHA256 of the raw body with the webhook token. */
export function signedOnfidoHeaders(rawBody: string, token = onfidoWebhookToken): Headers {
  return new Headers({
    'content-type': 'application/json',
    'x-sha2-signature': createHmac('sha256', token).update(rawBody).digest('hex'),
  });
}
