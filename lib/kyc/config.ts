import { z } from 'zod';

/** Unset and empty values both mean "not configured", so the app runs with only the manual provider. */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const urlWithDefault = (fallback: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : fallback))
    .pipe(z.url())
    .transform((value) => value.replace(/\/+$/, ''));

const kycEnvSchema = z.object({
  KYC_PROVIDER: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.enum(['onfido', 'trulioo']).optional()),
  ONFIDO_API_URL: urlWithDefault('https://api.eu.onfido.com'),
  ONFIDO_API_TOKEN: optionalText,
  ONFIDO_WORKFLOW_ID: optionalText,
  ONFIDO_WEBHOOK_TOKEN: optionalText,
  TRULIOO_API_URL: urlWithDefault('https://api.trulioo.com'),
  TRULIOO_API_KEY: optionalText,
  TRULIOO_CONFIGURATION_NAME: optionalText,
  TRULIOO_WEBHOOK_SECRET: optionalText,
});

export interface OnfidoConfig {
  apiUrl: string;
  apiToken?: string;
  workflowId?: string;
  webhookToken?: string;
}

export interface TruliooConfig {
  apiUrl: string;
  apiKey?: string;
  configurationName: string;
  webhookSecret?: string;
}

export interface KycConfig {
  /** The external provider offered to brands next to manual review, when its API credentials are set. */
  offered: 'onfido' | 'trulioo' | null;
  onfido: OnfidoConfig;
  trulioo: TruliooConfig;
}

export function parseKycConfig(source: Record<string, string | undefined>): KycConfig {
  const parsed = kycEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid KYC configuration:\n${problems.join('\n')}`);
  }
  const values = parsed.data;
  const onfido: OnfidoConfig = {
    apiUrl: values.ONFIDO_API_URL,
    apiToken: values.ONFIDO_API_TOKEN,
    workflowId: values.ONFIDO_WORKFLOW_ID,
    webhookToken: values.ONFIDO_WEBHOOK_TOKEN,
  };
  const trulioo: TruliooConfig = {
    apiUrl: values.TRULIOO_API_URL,
    apiKey: values.TRULIOO_API_KEY,
    configurationName: values.TRULIOO_CONFIGURATION_NAME ?? 'Business Verification',
    webhookSecret: values.TRULIOO_WEBHOOK_SECRET,
  };
  const ready =
    values.KYC_PROVIDER === 'onfido'
      ? Boolean(onfido.apiToken && onfido.workflowId)
      : values.KYC_PROVIDER === 'trulioo'
        ? Boolean(trulioo.apiKey)
        : false;
  return { offered: ready ? values.KYC_PROVIDER! : null, onfido, trulioo };
}

/** Read on each call (cheap), so a changed environment in tests or a restart is picked up without a cache to reset. */
export function kycConfig(): KycConfig {
  return parseKycConfig(process.env);
}
