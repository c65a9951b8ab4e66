import { describe, expect, it } from 'vitest';
import { disguisedText, samplePdf, sampleJpeg, samplePng } from '@/tests/doubles/kyc/files';
import { parseKycConfig } from './config';
import { cleanFileName, detectDocumentType, documentStorageKey } from './documents';

describe('KYC documents', () => {
  it('knows PDF, PNG and JPEG by their first bytes, and nothing else', () => {
    expect(detectDocumentType(samplePdf)).toBe('application/pdf');
    expect(detectDocumentType(samplePng)).toBe('image/png');
    expect(detectDocumentType(sampleJpeg)).toBe('image/jpeg');
    expect(detectDocumentType(disguisedText)).toBeNull();
    expect(detectDocumentType(new Uint8Array())).toBeNull();
  });

  it('stores under kyc/<organization>/<random> and cleans display names', () => {
    expect(documentStorageKey('org-1')).toMatch(/^kyc\/org-1\/[0-9a-f]{32}$/);
    expect(documentStorageKey('org-1')).not.toBe(documentStorageKey('org-1'));
    expect(cleanFileName('C:\\fakepath\\certificate.pdf')).toBe('certificate.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('   ')).toBe('document');
  });
});

describe('KYC configuration', () => {
  it('runs with nothing set: manual review only', () => {
    expect(parseKycConfig({})).toMatchObject({ offered: null, onfido: { apiUrl: 'https://api.eu.onfido.com' } });
  });

  it('offers the chosen provider only when its credentials are set', () => {
    expect(parseKycConfig({ KYC_PROVIDER: 'onfido', ONFIDO_API_TOKEN: 'token' }).offered).toBeNull();
    expect(parseKycConfig({ KYC_PROVIDER: 'onfido', ONFIDO_API_TOKEN: 'token', ONFIDO_WORKFLOW_ID: 'wf' }).offered).toBe(
      'onfido',
    );
    expect(
      parseKycConfig({ KYC_PROVIDER: 'trulioo', TRULIOO_API_KEY: 'key', TRULIOO_API_URL: 'http://127.0.0.1:9/' }),
    ).toMatchObject({
      offered: 'trulioo',
      trulioo: { apiUrl: 'http://127.0.0.1:9', configurationName: 'Business Verification' },
    });
  });

  it('says which variable is wrong', () => {
    expect(() => parseKycConfig({ KYC_PROVIDER: 'acme' })).toThrow('KYC_PROVIDER');
  });
});
