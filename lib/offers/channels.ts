/** Where the brand may use the content; the offer form's checkboxes and the terms schema share this list. */
export const usageChannels = ['instagram', 'tiktok', 'youtube', 'twitter', 'website', 'email', 'print'] as const;
export type UsageChannel = (typeof usageChannels)[number];

export const usageChannelLabels: Record<UsageChannel, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  twitter: 'X (Twitter)',
  website: 'Brand website',
  email: 'E-mail marketing',
  print: 'Print',
};
