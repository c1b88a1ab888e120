/** The hosts X serves its web app from (twitter.com does not always redirect). */
export const X_HOST_MATCHES = ['https://x.com/*', 'https://mobile.x.com/*', 'https://twitter.com/*', 'https://mobile.twitter.com/*'] as const;
