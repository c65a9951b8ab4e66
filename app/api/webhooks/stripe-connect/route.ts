import { stripeWebhookHandler } from '@/lib/payments/webhooks/receive';

/** Stripe's Connect webhook endpoint (events about creators' connected accounts), signed with its own secret. */
export const POST = stripeWebhookHandler('connect');
