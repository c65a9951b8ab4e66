import type { Ctx } from '@/lib/context';

/** What applyStripeEvent needs of an event: Stripe's webhook events and the demo's Stripe-shaped ones both fit. */
export interface StripeEventLike {
  id: string;
  type: string;
  /** Unix seconds. */
  created: number;
  livemode: boolean;
  data: { object: unknown };
}

export type HandlerOutcome = 'applied' | 'ignored';

export interface HandlerInput {
  /** The webhook's transaction. */
  ctx: Ctx;
  event: StripeEventLike;
  /** When Stripe created the event. */
  at: Date;
  /** Work that calls the gateway, so it runs after the transaction commits. */
  afterCommit(work: (ctx: Ctx) => Promise<unknown>): void;
}

export type EventHandler = (input: HandlerInput) => Promise<HandlerOutcome>;
