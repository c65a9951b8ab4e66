import { db } from '@/db/client';
import { currentUser } from '@/lib/auth/session';
import { appUrl } from '@/lib/config/env';
import { configuredProvider } from './providers';
import type { SocialRouteEnv } from './routes';

/** The production wiring of the social route handlers: session, database, configured adapters. */
export async function socialRouteEnv(): Promise<SocialRouteEnv> {
  return { db: db(), user: await currentUser(), appUrl: appUrl(), providerFor: (platform) => configuredProvider(platform) };
}
