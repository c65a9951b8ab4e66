import { platforms, type Platform } from '@/db/schema';
import { platformLabels } from '@/lib/creators/schemas';

export const connectionOutcomes = ['connected', 'denied', 'linked_elsewhere', 'failed'] as const;
export type ConnectionOutcome = (typeof connectionOutcomes)[number];

/** The outcome of a connection travels back as codes, never as text taken from the URL. */
export interface ConnectionNotice {
  platform: Platform;
  outcome: ConnectionOutcome;
}

export const connectionNoticeParams = (notice: ConnectionNotice) => ({ platform: notice.platform, outcome: notice.outcome });

export function readConnectionNotice(params: Record<string, string | string[] | undefined>): ConnectionNotice | null {
  const { platform, outcome } = params;
  if (typeof platform !== 'string' || typeof outcome !== 'string') return null;
  if (!(platforms as readonly string[]).includes(platform)) return null;
  if (!(connectionOutcomes as readonly string[]).includes(outcome)) return null;
  return { platform: platform as Platform, outcome: outcome as ConnectionOutcome };
}

export function connectionNoticeText({ platform, outcome }: ConnectionNotice): { tone: 'success' | 'error'; text: string } {
  const label = platformLabels[platform];
  switch (outcome) {
    case 'connected':
      return { tone: 'success', text: `${label} is connected and your latest stats were saved.` };
    case 'denied':
      return {
        tone: 'error',
        text: `${label} did not grant access, so nothing was connected. Select Connect ${label} to try again.`,
      };
    case 'linked_elsewhere':
      return {
        tone: 'error',
        text: `That ${label} account is already connected to another Pactly account. Sign in with that account, or disconnect it there first.`,
      };
    case 'failed':
      return {
        tone: 'error',
        text: `${label} could not complete the connection. Try again in a few minutes, or enter your stats by hand.`,
      };
  }
}
