/** Recorded TikTok Login Kit v2 / Display API v2 answers, trimmed to what a client reads plus a little. */
export const tiktokClient = { clientId: 'awq7r3tks9xyz', clientSecret: 'tiktok-client-secret-for-tests' };

export const tiktokTokenIssued = {
  access_token: 'act.example-access-token',
  expires_in: 86400,
  open_id: '-000xOGbVzVnYxyZ8AFfnxzA3GFfXHbH1KfC',
  refresh_expires_in: 31536000,
  refresh_token: 'rft.example-refresh-token',
  scope: 'user.info.basic,user.info.profile,user.info.stats,video.list',
  token_type: 'Bearer',
};

export const tiktokTokenRefused = {
  error: 'invalid_grant',
  error_description: 'Authorization code is expired.',
  log_id: '202611301015022F4B1C6D2A1E0B3C4D5E',
};

export const tiktokUserInfo = {
  data: {
    user: {
      open_id: '-000xOGbVzVnYxyZ8AFfnxzA3GFfXHbH1KfC',
      username: 'mara.makes',
      follower_count: 130402,
      following_count: 87,
      video_count: 233,
      likes_count: 4022180,
    },
  },
  error: { code: 'ok', message: '', log_id: '20261130101503C1D2E3F4A5B6C7D8E9F0' },
};

export const tiktokVideoList = {
  data: {
    videos: [
      { id: '7441234567890123456', like_count: 9120, comment_count: 301, view_count: 210044 },
      { id: '7439876543210987654', like_count: 6480, comment_count: 188, view_count: 150220 },
    ],
    cursor: 1732958400000,
    has_more: true,
  },
  error: { code: 'ok', message: '', log_id: '20261130101504A1B2C3D4E5F6A7B8C9D0' },
};
