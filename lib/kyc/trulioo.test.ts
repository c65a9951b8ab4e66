import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpDouble, type HttpDouble } from '@/tests/doubles/http-double';
import {
  signedTruliooHeaders,
  truliooApiKey,
  truliooMatch,
  truliooNoMatch,
  truliooResultEvent,
  truliooWebhookSecret,
} from '@/tests/doubles/kyc/trulioo';
import { truliooProvider } from './trulioo';

let api: HttpDouble;
const subject = {
  id: 'org-1',
  name: 'Acme',
  legalName: 'Acme Logistics Inc',
  country: 'US',
  registrationNumber: '5503217',
  jurisdiction: 'DE',
};
const applicant = { firstName: 'Ada', lastName: 'Byron', email: 'ada@example.test' };

beforeAll(async () => {
  api = await startHttpDouble({ 'POST /v3/verifications/verify': { status: 200, body: truliooMatch } });
});
afterAll(() => api.close());

const provider = () =>
  truliooProvider({
    apiUrl: api.url,
    apiKey: truliooApiKey,
    configurationName: 'Business Verification',
    webhookSecret: truliooWebhookSecret,
  });

describe('Trulioo adapter (Business Verification)', () => {
  it('posts the business fields with the API key header and reads a match as approved', async () => {
    api.requests.length = 0;
    const started = await provider().startCheck(subject, applicant);
    expect(api.requests).toHaveLength(1);
    const [request] = api.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v3/verifications/verify' });
    expect(request!.headers['x-trulioo-api-key']).toBe(truliooApiKey);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.json).toEqual({
      AcceptTruliooTermsAndConditions: true,
      ConfigurationName: 'Business Verification',
      CountryCode: 'US',
      DataFields: {
        Business: {
          BusinessName: 'Acme Logistics Inc',
          BusinessRegistrationNumber: '5503217',
          JurisdictionOfIncorporation: 'DE',
        },
      },
    });
    expect(started).toMatchObject({ reference: truliooMatch.TransactionID, status: 'approved', raw: truliooMatch });
  });

  it('reads nomatch as rejected and leaves out an absent jurisdiction', async () => {
    api.respond('POST /v3/verifications/verify', { status: 200, body: truliooNoMatch });
    api.requests.length = 0;
    const started = await provider().startCheck({ ...subject, country: 'GB', jurisdiction: undefined }, applicant);
    expect((api.requests[0]!.json as { DataFields: { Business: object } }).DataFields.Business).not.toHaveProperty(
      'JurisdictionOfIncorporation',
    );
    expect(started).toMatchObject({ reference: truliooNoMatch.TransactionID, status: 'rejected' });
    api.respond('POST /v3/verifications/verify', { status: 200, body: truliooMatch });
  });

  it('needs a registration number before calling Trulioo', async () => {
    api.requests.length = 0;
    await expect(provider().startCheck({ ...subject, registrationNumber: undefined }, applicant)).rejects.toThrow(
      'Enter the company registration number.',
    );
    expect(api.requests).toHaveLength(0);
  });

  it('accepts a signed result webhook and reads TransactionID and Record.RecordStatus', () => {
    const body = JSON.stringify(truliooResultEvent('trx-1', 'match', 'rec-1'));
    expect(provider().parseWebhook(signedTruliooHeaders(body), body)).toMatchObject({
      eventId: 'rec-1:match',
      reference: 'trx-1',
      outcome: 'approved',
    });
    const nomatch = JSON.stringify(truliooResultEvent('trx-2', 'nomatch'));
    expect(provider().parseWebhook(signedTruliooHeaders(nomatch), nomatch).outcome).toBe('rejected');
  });

  it('refuses a webhook with a wrong or missing signature', () => {
    const body = JSON.stringify(truliooResultEvent('trx-1', 'match'));
    expect(() => provider().parseWebhook(signedTruliooHeaders(body, 'wrong-secret'), body)).toThrow('Invalid webhook signature.');
    expect(() => provider().parseWebhook(new Headers(), body)).toThrow('Invalid webhook signature.');
  });
});
