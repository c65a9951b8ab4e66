import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  onfidoApiToken,
  onfidoApplicantCreated,
  onfidoCheckEvent,
  onfidoWebhookToken,
  onfidoWorkflowId,
  onfidoWorkflowRunCreated,
  onfidoWorkflowRunEvent,
  signedOnfidoHeaders,
} from '@/tests/doubles/kyc/onfido';
import { startHttpDouble, type HttpDouble } from '@/tests/doubles/http-double';
import { onfidoProvider } from './onfido';

let api: HttpDouble;
const subject = { id: 'org-1', name: 'Northwind', legalName: 'Northwind Outfitters Ltd', country: 'GB' };
const applicant = { firstName: 'Harriet', lastName: 'Cole', email: 'harriet@example.test' };

beforeAll(async () => {
  api = await startHttpDouble({
    'POST /v3.6/applicants': { status: 201, body: onfidoApplicantCreated },
    'POST /v3.6/workflow_runs': { status: 201, body: onfidoWorkflowRunCreated },
  });
});
afterAll(() => api.close());

const provider = () =>
  onfidoProvider({ apiUrl: api.url, apiToken: onfidoApiToken, workflowId: onfidoWorkflowId, webhookToken: onfidoWebhookToken });

describe('Onfido adapter (API v3.6)', () => {
  it('creates an applicant for the company contact, then a workflow run for it, with token authorization', async () => {
    api.requests.length = 0;
    const started = await provider().startCheck(subject, applicant, { returnUrl: 'https://pactly.test/brand/acme/verification' });

    expect(api.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v3.6/applicants',
      'POST /v3.6/workflow_runs',
    ]);
    const [createApplicant, createRun] = api.requests;
    for (const request of [createApplicant!, createRun!]) {
      expect(request.headers.authorization).toBe(`Token token=${onfidoApiToken}`);
      expect(request.headers['content-type']).toBe('application/json');
    }
    expect(createApplicant!.json).toEqual({ first_name: 'Harriet', last_name: 'Cole', email: 'harriet@example.test' });
    expect(createRun!.json).toEqual({
      workflow_id: onfidoWorkflowId,
      applicant_id: onfidoApplicantCreated.id,
      link: {
        completed_redirect_url: 'https://pactly.test/brand/acme/verification',
        expired_redirect_url: 'https://pactly.test/brand/acme/verification',
      },
    });
    expect(started).toMatchObject({
      reference: onfidoWorkflowRunCreated.id,
      status: 'pending',
      redirectUrl: onfidoWorkflowRunCreated.link.url,
      raw: { applicant_id: onfidoApplicantCreated.id },
    });
  });

  it('turns a refused request into a message the brand can act on', async () => {
    api.respond('POST /v3.6/applicants', {
      status: 422,
      body: { error: { type: 'validation_error', message: 'There was a validation error' } },
    });
    await expect(provider().startCheck(subject, applicant)).rejects.toThrow('Onfido did not accept the request (HTTP 422)');
    api.respond('POST /v3.6/applicants', { status: 201, body: onfidoApplicantCreated });
  });

  it('accepts a webhook signed with the webhook token and reads the workflow run outcome', () => {
    const approved = JSON.stringify(onfidoWorkflowRunEvent('run-1', 'approved'));
    expect(provider().parseWebhook(signedOnfidoHeaders(approved), approved)).toMatchObject({
      eventId: 'workflow_run.completed:run-1:approved',
      reference: 'run-1',
      outcome: 'approved',
    });
    const declined = JSON.stringify(onfidoWorkflowRunEvent('run-2', 'declined'));
    expect(provider().parseWebhook(signedOnfidoHeaders(declined), declined)).toMatchObject({
      outcome: 'rejected',
      reason: 'Onfido workflow run declined.',
    });
    const review = JSON.stringify(onfidoWorkflowRunEvent('run-3', 'review'));
    expect(provider().parseWebhook(signedOnfidoHeaders(review), review).outcome).toBe('pending');
  });

  it('reads check.completed results: clear approves, consider rejects', () => {
    const clear = JSON.stringify(onfidoCheckEvent('chk-1', 'clear'));
    expect(provider().parseWebhook(signedOnfidoHeaders(clear), clear)).toMatchObject({ reference: 'chk-1', outcome: 'approved' });
    const consider = JSON.stringify(onfidoCheckEvent('chk-2', 'consider'));
    expect(provider().parseWebhook(signedOnfidoHeaders(consider), consider).outcome).toBe('rejected');
  });

  it('refuses a webhook with a wrong, missing or tampered signature', () => {
    const body = JSON.stringify(onfidoWorkflowRunEvent('run-1', 'approved'));
    expect(() => provider().parseWebhook(signedOnfidoHeaders(body, 'another-token'), body)).toThrow('Invalid webhook signature.');
    expect(() => provider().parseWebhook(new Headers(), body)).toThrow('Invalid webhook signature.');
    const tampered = body.replace('approved', 'declined');
    expect(() => provider().parseWebhook(signedOnfidoHeaders(body), tampered)).toThrow('Invalid webhook signature.');
    const unconfigured = onfidoProvider({ apiUrl: api.url });
    expect(() => unconfigured.parseWebhook(signedOnfidoHeaders(body), body)).toThrow('not configured');
  });
});
