import { z } from 'zod';
import { ValidationError } from '@/lib/errors';
import type { TruliooConfig } from './config';
import type { KycOutcome, KycProviderAdapter, KycWebhookEvent, StartedCheck } from './provider';
import { assertHexSignature, parseJsonObject, providerRequest } from './provider-http';

export const truliooVerifyPath = '/v3/verifications/verify';
/**
 * Assumption (Trulioo issues the webhook secret through its support team): the header carries the lower-case hex
 * HMAC-SHA256 of the raw request body, keyed with TRULIOO_WEBHOOK_SECRET, as Trulioo's HMAC reference describes.
 */
export const truliooSignatureHeader = 'x-trulioo-signature';

const verifyResult = z.object({
  TransactionID: z.string().min(1),
  TransactionRecordID: z.string().optional(),
  Record: z
    .object({
      TransactionRecordID: z.string().optional(),
      RecordStatus: z.string().optional(),
    })
    .optional(),
});

/** Business Verification answers `match` when the registry confirms the company and `nomatch` when it does not. */
export function recordStatusOutcome(recordStatus: string | undefined): KycOutcome {
  const status = recordStatus?.toLowerCase();
  if (status === 'match') return 'approved';
  if (status === 'nomatch') return 'rejected';
  return 'pending';
}

const rejectionReason = 'Trulioo found no registry match for the business details.';

export function truliooProvider(config: TruliooConfig): KycProviderAdapter {
  return {
    name: 'trulioo',
    label: 'Trulioo',
    acceptsWebhooks: Boolean(config.webhookSecret),

    async startCheck(subject): Promise<StartedCheck> {
      if (!config.apiKey) throw new Error('Trulioo is not configured (TRULIOO_API_KEY)');
      if (!subject.registrationNumber)
        throw new ValidationError('Enter the company registration number.', {
          registrationNumber: ['Enter the company registration number.'],
        });
      const body = await providerRequest('Trulioo', `${config.apiUrl}${truliooVerifyPath}`, {
        method: 'POST',
        headers: { 'x-trulioo-api-key': config.apiKey },
        body: {
          AcceptTruliooTermsAndConditions: true,
          ConfigurationName: config.configurationName,
          CountryCode: subject.country,
          DataFields: {
            Business: {
              BusinessName: subject.legalName,
              BusinessRegistrationNumber: subject.registrationNumber,
              ...(subject.jurisdiction ? { JurisdictionOfIncorporation: subject.jurisdiction } : {}),
            },
          },
        },
      });
      const result = verifyResult.parse(body);
      const outcome = recordStatusOutcome(result.Record?.RecordStatus);
      return {
        reference: result.TransactionID,
        status: outcome,
        reason: outcome === 'rejected' ? rejectionReason : undefined,
        raw: body,
      };
    },

    parseWebhook(headers, rawBody): KycWebhookEvent {
      assertHexSignature(config.webhookSecret, rawBody, headers.get(truliooSignatureHeader));
      const json = parseJsonObject(rawBody);
      const parsed = verifyResult.safeParse(json);
      if (!parsed.success) throw new ValidationError('Not a Trulioo verification result.');
      const result = parsed.data;
      const recordId = result.Record?.TransactionRecordID ?? result.TransactionRecordID ?? result.TransactionID;
      const outcome = recordStatusOutcome(result.Record?.RecordStatus);
      return {
        // A retried delivery repeats the record and its status (Trulioo delivers at least once).
        eventId: `${recordId}:${result.Record?.RecordStatus ?? 'pending'}`,
        reference: result.TransactionID,
        outcome,
        reason: outcome === 'rejected' ? rejectionReason : undefined,
        raw: json as Record<string, unknown>,
      };
    },
  };
}
