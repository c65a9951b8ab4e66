import { stripeWebhookHandler } from '@/lib/payments/webhooks/receive';

export const POST = stripeWebhookHandler();
