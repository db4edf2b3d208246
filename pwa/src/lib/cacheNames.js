// Shared by the service worker (which fills this cache) and the page (which
// empties it on logout so the next person on the device can't read the
// previous user's feed offline).
export const API_CACHE = 'amplify-api-v1';
