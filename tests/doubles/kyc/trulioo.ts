import { createHmac } from 'node:crypto';

export const truliooApiKey = 'trulioo-test-api-key';
export const truliooWebhookSecret = 'trulioo-webhook-secret-for-tests';

/** A recorded Business Verification answer: the registry confirmed the company. */
export const truliooMatch = {
  TransactionID: 'a1b2c3d4-0f1e-4d2c-9b8a-7a6b5c4d3e2f',
  UploadedDt: '2026-11-30T10:15:04',
  CountryCode: 'GB',
  ProductName: 'Business Verification',
  Record: {
    TransactionRecordID: 'f0e1d2c3-b4a5-4968-8776-655443322110',
    RecordStatus: 'match',
    DatasourceResults: [
      {
        DatasourceName: 'Companies House',
        DatasourceFields: [
          { FieldName: 'BusinessName', Status: 'match' },
          { FieldName: 'BusinessRegistrationNumber', Status: 'match' },
        ],
        AppendedFields: [{ FieldName: 'BusinessStatus', Data: 'Active' }],
        Errors: [],
        FieldGroups: [],
      },
    ],
    Errors: [],
    Rule: { RuleName: 'KYB Business Match', Note: '' },
  },
  Errors: [],
};

/** The same shape when the registry does not know the company. */
export const truliooNoMatch = {
  ...truliooMatch,
  TransactionID: 'b2c3d4e5-1f2e-4d3c-8b9a-8a7b6c5d4e3f',
  Record: { ...truliooMatch.Record, TransactionRecordID: 'e1d2c3b4-a5f6-4798-8877-665544332211', RecordStatus: 'nomatch' },
};

/** A verification still being worked on (asynchronous datasources): the result follows by webhook. */
export const truliooPending = {
  ...truliooMatch,
  TransactionID: 'c3d4e5f6-2a3b-4c4d-9e5f-9a8b7c6d5e4f',
  Record: { TransactionRecordID: 'd2c3b4a5-f6e7-4809-9988-776655443322', RecordStatus: 'pending', Errors: [] },
};

export function truliooResultEvent(transactionId: string, recordStatus: 'match' | 'nomatch', recordId = `${transactionId}-rec`) {
  return {
    TransactionID: transactionId,
    UploadedDt: '2026-11-30T11:02:10',
    CountryCode: 'GB',
    ProductName: 'Business Verification',
    Record: { TransactionRecordID: recordId, RecordStatus: recordStatus, Errors: [] },
    Errors: [],
  };
}

export function signedTruliooHeaders(rawBody: string, secret = truliooWebhookSecret): Headers {
  return new Headers({
    'content-type': 'application/json',
    'x-trulioo-signature': createHmac('sha256', secret).update(rawBody).digest('hex'),
  });
}
