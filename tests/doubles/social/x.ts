/** Recorded X OAuth 2.0 and X API v2 answers, trimmed to what a client reads plus a little. */
export const xClient = { clientId: 'M1M5R3BMVy13QmpScXkzTUt5OE46MTpjaQ', clientSecret: 'x-client-secret-for-tests' };

export const xTokenIssued = {
  token_type: 'bearer',
  expires_in: 7200,
  access_token: 'VGNibzFWSWREZm01bjN1N3dicWlNUG1oa2xRRVNNdmVHelJGY2hPcGE6MTY5MjYxMDU1NDc0MzoxOjE6YXQ6MQ',
  scope: 'tweet.read users.read offline.access',
  refresh_token: 'bWRWa3gzdnk3WHRGU1o0bmRRcTJ5VUxWX1lZTDdJSUtmaWcxbTVxdEFXcW5tOjE2OTI2MTA1NTQ3NDM6MToxOnJ0OjE',
};

export const xTokenRefreshed = {
  token_type: 'bearer',
  expires_in: 7200,
  access_token: 'x-refreshed-access-token',
  scope: 'tweet.read users.read offline.access',
  refresh_token: 'x-rotated-refresh-token',
};

export const xMe = {
  data: {
    id: '1460327712512135168',
    name: 'Mara Makes',
    username: 'maramakes',
    public_metrics: { followers_count: 15230, following_count: 402, tweet_count: 3811, listed_count: 64, like_count: 9120 },
  },
};
