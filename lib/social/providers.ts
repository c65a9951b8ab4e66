import type { Platform } from '@/db/schema';
import { socialConfig, type OAuthClientConfig, type SocialConfig } from './config';
import { instagramProvider } from './instagram';
import type { SocialProvider } from './provider';
import { tiktokProvider } from './tiktok';
import { xProvider } from './x';
import { youtubeProvider } from './youtube';

const adapters: Record<Platform, (client: OAuthClientConfig) => SocialProvider> = {
  instagram: instagramProvider,
  tiktok: tiktokProvider,
  youtube: youtubeProvider,
  twitter: xProvider,
};

/** The adapter of a platform whose client id and secret are set, else null ("not configured"). */
export function configuredProvider(platform: Platform, config: SocialConfig = socialConfig()): SocialProvider | null {
  const client = config.clients[platform];
  return client ? adapters[platform](client) : null;
}
