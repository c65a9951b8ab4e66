import { NextResponse } from 'next/server';
import Stripe from 'stripe';
import { z } from 'zod';
import { NotFoundError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { paymentsConfig } from '../config';
import { applyStripeEvent } from './apply';

/**
 * POST /api/webhooks/stripe: verifies the signature over the exact raw body (400 and nothing written when it fails),
 * then records and applies the event. 200 for applied, duplicate and unknown events; 500 when applying fails, so Stripe
 * retries. Without STRIPE_WEBHOOK_SECRET (demo payments) the endpoint does not exist.
 */
export function stripeWebhookHandler() {
  return route(z.string(), 'text', async (rawBody, ctx, request) => {
    const secret = paymentsConfig().stripeWebhookSecret;
    if (!secret) throw new NotFoundError('Stripe webhooks are not configured.');
    const signature = request.headers.get('stripe-signature');
    if (!signature) return NextResponse.json({ error: 'Missing Stripe-Signature header.' }, { status: 400 });
    let event: Stripe.Event;
    try {
      event = Stripe.webhooks.constructEvent(rawBody, signature, secret);
    } catch {
      return NextResponse.json({ error: 'Invalid signature.' }, { status: 400 });
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
