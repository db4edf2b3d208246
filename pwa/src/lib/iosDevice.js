// Which iOS a user agent is, for the two things Safari does differently:
// push only for apps on the Home Screen, and no install prompt at all.

/**
 * [major, minor] for an iPhone, iPad or iPod; null for anything else.
 * iPadOS 13+ says "Macintosh"; only its touch screen gives it away, and then
 * the version is unknown ([Infinity, 0]).
 */
export function iosVersion(userAgent = '', maxTouchPoints = 0) {
  const match = /(?:iPhone|iPad|iPod)[^)]*? OS (\d+)_(\d+)/.exec(userAgent);
  if (match) return [Number(match[1]), Number(match[2])];
  if (/Macintosh/.test(userAgent) && maxTouchPoints > 1) return [Infinity, 0];
  return null;
}
