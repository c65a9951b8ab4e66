import { NextResponse } from 'next/server';
import { z } from 'zod';
import { NotFoundError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { kycConfig } from './config';
import { providerFor, type ExternalKycProvider } from './provider';
import { receiveKycWebhook } from './webhooks';

/**
 * The POST handler of one provider's webhook endpoint: the raw body (the signature covers its exact bytes), 401 on a
 * bad signature, 200 once the event is recorded (also for a redelivery or an unknown reference).
 */
export function kycWebhookHandler(providerName: ExternalKycProvider) {
  return route(z.string(), 'text', async (rawBody, ctx, request) => {
    const adapter = providerFor(providerName, kycConfig());
    if (!adapter.acceptsWebhooks) throw new NotFoundError(`${adapter.label} webhooks are not configured.`);
    const result = await receiveKycWebhook(ctx, adapter, request.headers, rawBody);
    return NextResponse.json({ received: true, result });
  });
}
