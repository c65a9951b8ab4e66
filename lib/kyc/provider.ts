import type { KycCheckStatus } from '@/db/schema';
import type { KycConfig } from './config';
import { onfidoProvider } from './onfido';
import { truliooProvider } from './trulioo';

export type ExternalKycProvider = 'onfido' | 'trulioo';
export type KycOutcome = 'approved' | 'rejected' | 'pending';

/** The organization being verified, as a provider needs it. */
export interface KycSubject {
  id: string;
  name: string;
  /** The registered (legal) name when the brand gave one in billing, else the display name. */
  legalName: string;
  country: string;
  registrationNumber?: string;
  /** US state / Canadian province of incorporation (Trulioo's JurisdictionOfIncorporation). */
  jurisdiction?: string;
}

/** The person acting for the company: the brand admin who starts the check. */
export interface KycApplicant {
  firstName: string;
  lastName: string;
  email: string;
}

export interface StartedCheck {
  reference: string;
  status: KycCheckStatus;
  /** Where the applicant continues (Onfido's hosted workflow link). */
  redirectUrl?: string;
  reason?: string;
  raw: Record<string, unknown>;
}

export interface KycWebhookEvent {
  eventId: string;
  reference: string;
  outcome: KycOutcome;
  reason?: string;
  raw: Record<string, unknown>;
}

export interface KycProviderAdapter {
  name: ExternalKycProvider;
  label: string;
  startCheck(subject: KycSubject, applicant: KycApplicant, options?: { returnUrl?: string }): Promise<StartedCheck>;
  /** Verifies the signature over the raw body first; throws UnauthorizedError when it does not match. */
  parseWebhook(headers: Headers, rawBody: string): KycWebhookEvent;
  /** False when the webhook secret is not configured: the endpoint then refuses everything. */
  acceptsWebhooks: boolean;
}

export function providerFor(name: ExternalKycProvider, config: KycConfig): KycProviderAdapter {
  return name === 'onfido' ? onfidoProvider(config.onfido) : truliooProvider(config.trulioo);
}

/** The provider brands may start a check with, or null when only manual review is available. */
export function offeredProvider(config: KycConfig): KycProviderAdapter | null {
  return config.offered ? providerFor(config.offered, config) : null;
}
