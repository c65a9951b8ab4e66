import { NextResponse } from 'next/server';
import Stripe from 'stripe';
import { z } from 'zod';
import { NotFoundError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { paymentsConfig, type PaymentsConfig } from '../config';
import { applyStripeEvent } from './apply';

/** Stripe sends a Connect event (about a connected account) with the account's id at the top level. */
const connectEvent = z.looseObject({ account: z.string().min(1) });

interface WebhookEndpoint {
  /** The endpoint's signing secret; unset means the endpoint does not exist. */
  secret(config: PaymentsConfig): string | undefined;
  /** The environment variable that sets it, for the 404 message. */
  secretVariable: string;
  /** Whether a correctly signed event belongs on this endpoint. */
  accepts(event: Stripe.Event): boolean;
}

/** Stripe signs each webhook endpoint registered in its dashboard with a secret of its own. */
const webhookEndpoints = {
  /** POST /api/webhooks/stripe: events about the platform's own account (checkout, charges, disputes, transfers). */
  platform: {
    secret: (config) => config.stripeWebhookSecret,
    secretVariable: 'STRIPE_WEBHOOK_SECRET',
    accepts: () => true,
  },
  /** POST /api/webhooks/stripe-connect: events about creators' connected accounts (account.updated). */
  connect: {
    secret: (config) => config.stripeConnectWebhookSecret,
    secretVariable: 'STRIPE_CONNECT_WEBHOOK_SECRET',
    accepts: (event) => connectEvent.safeParse(event).success,
  },
} satisfies Record<string, WebhookEndpoint>;

export type WebhookEndpointName = keyof typeof webhookEndpoints;

/**
 * A Stripe webhook endpoint: verifies the signature over the exact raw body with the endpoint's own secret (400 and
 * nothing written when it fails or the event does not belong here), then records and applies the event. 200 for
 * applied, duplicate and unknown events; 500 when applying fails, so Stripe retries. Without its secret (demo
 * payments) the endpoint does not exist.
 */
export function stripeWebhookHandler(endpointName: WebhookEndpointName = 'platform') {
  const endpoint: WebhookEndpoint = webhookEndpoints[endpointName];
  return route(z.string(), 'text', async (rawBody, ctx, request) => {
    const secret = endpoint.secret(paymentsConfig());
    if (!secret) throw new NotFoundError(`Stripe webhooks are not configured (${endpoint.secretVariable}).`);
    const signature = request.headers.get('stripe-signature');
    if (!signature) return NextResponse.json({ error: 'Missing Stripe-Signature header.' }, { status: 400 });
    let event: Stripe.Event;
    try {
      event = Stripe.webhooks.constructEvent(rawBody, signature, secret);
    } catch {
      return NextResponse.json({ error: 'Invalid signature.' }, { status: 400 });
    }
    if (!endpoint.accepts(event)) {
      return NextResponse.json({ error: `Event ${event.id} does not belong on this endpoint.` }, { status: 400 });
    }
    try {
      const result = await applyStripeEvent(ctx, event);
      return NextResponse.json({ received: true, result });
    } catch (error) {
      console.error(`applying Stripe event ${event.id} (${event.type}) failed`, error);
      return NextResponse.json({ error: 'The event could not be applied; it will be retried.' }, { status: 500 });
    }
  });
}
