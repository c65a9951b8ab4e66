import type { Platform } from '@/db/schema';
import { platformLabels } from '@/lib/creators/schemas';
import type { ActorCtx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { configuredProvider } from './providers';
import { disconnectSocialAccount, syncSocialAccount } from './sync';

/** Sync now, with the adapter configured on this installation. */
export async function syncConfiguredAccount(ctx: ActorCtx, platform: Platform): Promise<string> {
  const provider = configuredProvider(platform);
  if (!provider) throw new NotFoundError(`${platformLabels[platform]} is not configured on this installation.`);
  const { handle } = await syncSocialAccount(ctx, provider);
  return `Stats of @${handle} on ${platformLabels[platform]} were updated.`;
}

export async function disconnectAccount(ctx: ActorCtx, platform: Platform): Promise<string> {
  const { handle } = await disconnectSocialAccount(ctx, platform);
  return `@${handle} on ${platformLabels[platform]} was disconnected. Your saved stats stay in your history.`;
}
