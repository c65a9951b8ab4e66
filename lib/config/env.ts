import { z } from 'zod';

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.url().optional());

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: optionalUrl.optional(),
  CLICKHOUSE_URL: optionalUrl.optional(),
  PACTLY_DATA_DIR: z.string().default('.data'),
  PACTLY_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: optionalUrl.optional(),
  AUTH_SECRET: z.string().min(16).optional(),
  SMTP_URL: optionalUrl.optional(),
  MAIL_FROM: z.string().default('Pactly <no-reply@pactly.local>'),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_test_').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_').optional(),
  STRIPE_CONNECT_WEBHOOK_SECRET: z.string().startsWith('whsec_').optional(),
  SEED: z.coerce.number().int().default(42),
  HOST: z.string().default('localhost'),
  STORAGE_S3_ENDPOINT: optionalUrl.optional(),
  STORAGE_S3_REGION: z.string().default('us-east-1'),
  STORAGE_S3_BUCKET: z.string().optional(),
  STORAGE_S3_ACCESS_KEY_ID: z.string().optional(),
  STORAGE_S3_SECRET_ACCESS_KEY: z.string().optional(),
  PACTLY_DEMO_MAILBOX: z.enum(['on', 'off']).default('off'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
      throw new Error(`Invalid environment:\n${problems.join('\n')}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function appUrl(): string {
  return env().APP_URL ?? `http://localhost:${env().PORT}`;
}
