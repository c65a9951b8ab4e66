import { z } from 'zod';
import { platforms, type Platform } from '@/db/schema';

/** Unset and empty values both mean "not configured": the creator then enters stats by hand. */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

/** The prefix of each platform's variables; X keeps the platform id `twitter` in the database. */
export const envPrefixOf: Record<Platform, string> = {
  instagram: 'SOCIAL_INSTAGRAM',
  tiktok: 'SOCIAL_TIKTOK',
  youtube: 'SOCIAL_YOUTUBE',
  twitter: 'SOCIAL_X',
};

const socialEnvSchema = z.object({
  AUTH_SECRET: optionalText,
  ...Object.fromEntries(
    platforms.flatMap((platform) => [
      [`${envPrefixOf[platform]}_CLIENT_ID`, optionalText],
      [`${envPrefixOf[platform]}_CLIENT_SECRET`, optionalText],
    ]),
  ),
});

export interface OAuthClientConfig {
  clientId: string;
  clientSecret: string;
}

export interface SocialConfig {
  /** Only platforms with both a client id and a client secret. */
  clients: Partial<Record<Platform, OAuthClientConfig>>;
  authSecret?: string;
}

export function parseSocialConfig(source: Record<string, string | undefined>): SocialConfig {
  const parsed = socialEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid social account configuration:\n${problems.join('\n')}`);
  }
  const values = parsed.data as Record<string, string | undefined>;
  const clients: SocialConfig['clients'] = {};
  for (const platform of platforms) {
    const clientId = values[`${envPrefixOf[platform]}_CLIENT_ID`];
    const clientSecret = values[`${envPrefixOf[platform]}_CLIENT_SECRET`];
    if (clientId && clientSecret) clients[platform] = { clientId, clientSecret };
  }
  return { clients, authSecret: values.AUTH_SECRET };
}

/** Read on each call (cheap), so a changed environment in tests or a restart is picked up without a cache to reset. */
export function socialConfig(): SocialConfig {
  return parseSocialConfig(process.env);
}

export function isPlatform(value: string): value is Platform {
  return (platforms as readonly string[]).includes(value);
}
