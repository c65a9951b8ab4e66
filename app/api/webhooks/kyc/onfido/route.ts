import { kycWebhookHandler } from '@/lib/kyc/webhook-route';

export const POST = kycWebhookHandler('onfido');
