import { z } from 'zod';

const blankAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const optionalText = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUndefined, schema.optional());

const paymentsEnvSchema = z.object({
  STRIPE_SECRET_KEY: optionalText(
    z
      .string()
      .trim()
      .startsWith('sk_test_', 'STRIPE_SECRET_KEY must be a test-mode secret key (sk_test_…); live keys are refused.'),
  ),
  STRIPE_WEBHOOK_SECRET: optionalText(
    z.string().trim().startsWith('whsec_', 'STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…).'),
  ),
  STRIPE_CONNECT_WEBHOOK_SECRET: optionalText(
    z.string().trim().startsWith('whsec_', 'STRIPE_CONNECT_WEBHOOK_SECRET must be a webhook signing secret (whsec_…).'),
  ),
  PLATFORM_FEE_PERCENT: optionalText(
    z
      .string()
      .trim()
      .regex(/^\d+(\.\d{1,2})?$/, 'PLATFORM_FEE_PERCENT must be a number such as 10 or 7.5 (at most two decimals).')
      .transform(Number)
      .pipe(z.number().max(50, 'PLATFORM_FEE_PERCENT must be between 0 and 50.')),
  ),
  STRIPE_API_HOST: optionalText(z.string().trim()),
  STRIPE_API_PORT: optionalText(z.coerce.number().int().min(1).max(65535, 'STRIPE_API_PORT must be a port number.')),
  STRIPE_API_PROTOCOL: optionalText(z.enum(['http', 'https'], 'STRIPE_API_PROTOCOL must be http or https.')),
});

export const defaultPlatformFeePercent = 10;

export interface StripeApiEndpoint {
  host: string;
  port: number;
  protocol: 'http' | 'https';
}

export interface PaymentsConfig {
  gateway: 'stripe' | 'demo';
  platformFeePercent: number;
  stripeSecretKey?: string;
  stripeWebhookSecret?: string;
  /** The signing secret of the Connect webhook endpoint (events about creators' connected accounts). */
  stripeConnectWebhookSecret?: string;
  /** Where the Stripe SDK sends requests instead of api.stripe.com (tests and local doubles). */
  stripeApi?: StripeApiEndpoint;
}

/** The payments settings from the environment, read on every call so tests can change them. */
export function paymentsConfig(source: Record<string, string | undefined> = process.env): PaymentsConfig {
  const parsed = paymentsEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid payments configuration:\n${problems.join('\n')}`);
  }
  const env = parsed.data;
  const protocol = env.STRIPE_API_PROTOCOL ?? 'https';
  return {
    gateway: env.STRIPE_SECRET_KEY ? 'stripe' : 'demo',
    platformFeePercent: env.PLATFORM_FEE_PERCENT ?? defaultPlatformFeePercent,
    stripeSecretKey: env.STRIPE_SECRET_KEY,
    stripeWebhookSecret: env.STRIPE_WEBHOOK_SECRET,
    stripeConnectWebhookSecret: env.STRIPE_CONNECT_WEBHOOK_SECRET,
    stripeApi: env.STRIPE_API_HOST
      ? { host: env.STRIPE_API_HOST, port: env.STRIPE_API_PORT ?? (protocol === 'https' ? 443 : 80), protocol }
      : undefined,
  };
}
