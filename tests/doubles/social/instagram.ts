/** Recorded Instagram API with Instagram Login answers (Graph API v23.0), trimmed to what a client reads plus a little. */
export const instagramClient = { clientId: '990602627938098', clientSecret: 'ig-app-secret-for-tests' };

export const instagramCodeExchanged = {
  data: [
    {
      access_token: 'IGAAshort-lived-token',
      user_id: '17841405822304914',
      permissions: 'instagram_business_basic,instagram_business_manage_insights',
    },
  ],
};

export const instagramLongLivedToken = { access_token: 'IGAAlong-lived-token', token_type: 'bearer', expires_in: 5183944 };

export const instagramRefreshedToken = { access_token: 'IGAArefreshed-token', token_type: 'bearer', expires_in: 5183944 };

export const instagramProfile = {
  user_id: '17841405822304914',
  username: 'mara.makes',
  followers_count: 48210,
  follows_count: 312,
  media_count: 418,
  id: '7081436351905417',
};

export const instagramMedia = {
  data: [
    { id: '18027939643126423', like_count: 1530, comments_count: 41, timestamp: '2026-11-28T17:02:11+0000' },
    { id: '18061424413075108', like_count: 1204, comments_count: 37, timestamp: '2026-11-24T09:45:02+0000' },
    { id: '17989150381739211', like_count: 987, comments_count: 22, timestamp: '2026-11-19T19:12:40+0000' },
  ],
  paging: { cursors: { before: 'QVFIUk1', after: 'QVFIUnB' } },
};

export const instagramInsights = {
  data: [
    {
      name: 'reach',
      period: 'day',
      title: 'Accounts reached',
      total_value: { value: 20931 },
      id: '17841405822304914/insights/reach/day',
    },
    { name: 'views', period: 'day', title: 'Views', total_value: { value: 61277 }, id: '17841405822304914/insights/views/day' },
  ],
};
