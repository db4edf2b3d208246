// Shared by the service worker (which fills this cache) and the page (which
// empties it on logout so the next person on the device can't read the
// previous user's feed offline).
export const API_CACHE = 'amplify-api-v1';
// Set by the service worker on an API answer served from API_CACHE because
// the network failed: the page then knows its data is not live.
export const CACHED_HEADER = 'X-Amplify-Cached';
// Posted to the worker after sign-in: save the new person's data for offline.
export const WARM_API_CACHE = 'amplify:warm-api-cache';
