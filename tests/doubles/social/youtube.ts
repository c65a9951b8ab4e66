/** Recorded Google OAuth 2.0 and YouTube Data API v3 answers, trimmed to what a client reads plus a little. */
export const youtubeClient = {
  clientId: '407408718192-abc123def456.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-youtube-secret-for-tests',
};

export const youtubeTokenIssued = {
  access_token: 'ya29.a0example-access-token',
  expires_in: 3599,
  refresh_token: '1//0gexample-refresh-token',
  scope: 'https://www.googleapis.com/auth/youtube.readonly',
  token_type: 'Bearer',
};

export const youtubeTokenRefreshed = {
  access_token: 'ya29.a0refreshed-access-token',
  expires_in: 3599,
  scope: 'https://www.googleapis.com/auth/youtube.readonly',
  token_type: 'Bearer',
};

export const youtubeChannels = {
  kind: 'youtube#channelListResponse',
  etag: 'Xb1cYp0m3kP2Q',
  pageInfo: { totalResults: 1, resultsPerPage: 5 },
  items: [
    {
      kind: 'youtube#channel',
      etag: 'e7QzTfQ0mZs',
      id: 'UC_x5XG1OV2P6uZZ5FSM9Ttw',
      snippet: {
        title: 'Mara Makes',
        description: 'Small-batch ceramics and studio vlogs.',
        customUrl: '@maramakes',
        publishedAt: '2019-03-02T10:20:00Z',
      },
      statistics: { viewCount: '12894033', subscriberCount: '86400', hiddenSubscriberCount: false, videoCount: '142' },
    },
  ],
};

export const youtubeNoChannel = {
  kind: 'youtube#channelListResponse',
  etag: 'q1',
  pageInfo: { totalResults: 0, resultsPerPage: 5 },
};
