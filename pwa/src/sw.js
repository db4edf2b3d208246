// Amplify's service worker (built by vite-plugin-pwa in injectManifest mode;
// the build replaces self.__WB_MANIFEST with the list of hashed assets).
import { precacheAndRoute, cleanupOutdatedCaches, createHandlerBoundToURL } from 'workbox-precaching';
import { registerRoute, NavigationRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { API_CACHE, CACHED_HEADER, WARM_API_CACHE } from './lib/cacheNames.js';
import { SHARE_SYNC_TAG, SHARES_REPLAYED, dropQueuedShare, queuedShares, withQueueLock } from './lib/shareQueue.js';
import { replayShares, shareBody } from './lib/replayShares.js';
import { parsePushPayload, notificationOptions, targetUrl, chooseClient, OPEN_URL } from './lib/pushMessage.js';
import { urlBase64ToUint8Array } from './lib/pushSupport.js';

// Drop precaches left by older Workbox versions so storage doesn't grow.
cleanupOutdatedCaches();

// The app shell (HTML, JS, CSS, icons) is served from the cache so the app
// starts instantly and offline. Hashed file names make this safe.
// The manifest is left out: the server answers it with the organisation's
// name, theme colour and logo icons (server/organisation/branding.py), and a
// copy precached from the build would hide an admin's change for good.
precacheAndRoute(self.__WB_MANIFEST.filter((entry) => entry.url !== 'manifest.webmanifest'));

// Branding (the manifest, icons drawn from the logo, and the name, logo and
// colours the login screen and theme use) is the same for everyone and
// changes rarely: the network wins so a change shows on the next visit, and
// offline the last copy keeps the app in the organisation's colours.
const BRANDING = /^\/(manifest\.webmanifest$|branding\/|api\/v1\/branding$)/;
registerRoute(
  ({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET' && BRANDING.test(url.pathname),
  new NetworkFirst({ cacheName: 'amplify-branding-v1', networkTimeoutSeconds: 6 }),
);

// What an advocate looks at (the feed, their profile and points, the boards,
// the guidelines that gate sharing) is personal and changes often, so the
// network always wins; the cached copy is only a fallback so that, offline,
// the app still opens signed in with the last feed, profile and boards seen.
// Only 200s are cached (the strategy's default), so a 401 never replaces a
// good copy. A copy served from the cache is marked (CACHED_HEADER) so the
// page can say it is offline and how old the data is (its Date header). The
// page deletes this cache on logout so the next person can't read it.
const WARMED_API_PATHS = ['/api/v1/content/feed', '/api/v1/me', '/api/v1/guidelines'];
const CACHED_API = /^\/api\/v1\/(content\/feed|me(\/(progress|ledger|analytics))?|guidelines|leaderboards(\/.*)?)$/;
const markCached = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse) return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.set(CACHED_HEADER, '1');
    return new Response(await cachedResponse.blob(), { status: cachedResponse.status, headers });
  },
};
registerRoute(
  ({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET' && CACHED_API.test(url.pathname),
  new NetworkFirst({ cacheName: API_CACHE, networkTimeoutSeconds: 6, plugins: [markCached] }),
);

// Hash routing means every page load is "/", but any deep link or refresh of
// an unknown path still gets the precached index.html. Server endpoints must
// never get the app shell instead of their real response; single sign-on
// (/auth/sso/...) is a chain of server redirects through the identity provider.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api(\/|$)/, /^\/auth\//, /^\/socket\.io(\/|$)/, /^\/healthz(\/|$)/, /^\/s\//],
  }),
);

// Take control of the page that installed us right away (first install
// only: updates wait for the user, see lib/registerSW.js). Otherwise the
// first session's feed would never be cached and the app wouldn't open
// offline until the second visit. Then cache the current feed and profile,
// which that page fetched before we were in control; the cookie rides along,
// and a signed-out 401 is simply not stored.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(warmApiCache));
});

async function warmApiCache() {
  const cache = await caches.open(API_CACHE);
  await Promise.all(
    WARMED_API_PATHS.map(async (path) => {
      try {
        const response = await fetch(path, { credentials: 'same-origin' });
        if (response.ok) await cache.put(path, response);
      } catch {
        // Offline during activation: the next online fetch fills the cache.
      }
    }),
  );
}

// From the page: the user accepted "new version ready — Reload"; or someone
// just signed in, so what opens the app offline (their profile, feed and
// guidelines) is saved now rather than on the next visit.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
  if (event.data && event.data.type === WARM_API_CACHE) event.waitUntil(warmApiCache());
});

// ---------- Shares tapped offline ----------

// The page queued shares while offline and asked for a sync (actions/
// offlineShares.js); the browser fires it once the connection is back, even
// if the app was closed. Rejecting makes the browser try again later.
self.addEventListener('sync', (event) => {
  if (event.tag === SHARE_SYNC_TAG) event.waitUntil(sendQueuedShares());
});

async function sendQueuedShares() {
  const { outcomes, left } = await withQueueLock(async () => {
    const entries = await queuedShares();
    if (!entries.length) return { outcomes: [], left: 0 };
    const me = await signedInAdvocate();
    if (!me) return { outcomes: [], left: 0 }; // signed out: the page sends them at the next sign-in
    const token = (await apiJson('GET', '/api/v1/auth/csrf')).csrf_token;
    const send = (entry) => apiJson('POST', '/api/v1/shares', shareBody(entry), token);
    const done = await replayShares({ entries, userId: me.id, send, drop: dropQueuedShare });
    return { outcomes: done, left: (await queuedShares()).filter((e) => e.user_id === me.id).length };
  });
  if (outcomes.length) await tellWindows({ type: SHARES_REPLAYED, outcomes });
  if (left) throw new Error(`${left} queued share(s) still waiting for the server`);
}

async function signedInAdvocate() {
  try {
    return await apiJson('GET', '/api/v1/me');
  } catch (err) {
    if (err.status === 401) return null;
    throw err;
  }
}

async function tellWindows(message) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  windows.forEach((client) => client.postMessage(message));
}

// ---------- Web Push ----------

// Every push must show a notification (subscribe() promised userVisibleOnly),
// even one whose payload can't be read.
self.addEventListener('push', (event) => {
  const payload = parsePushPayload(event.data ? event.data.text() : '');
  event.waitUntil(self.registration.showNotification(payload.title, notificationOptions(payload)));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = targetUrl(event.notification.data && event.notification.data.url, self.location.origin);
  event.waitUntil(openFromNotification(url));
});

// Reuse an open app window: focus it and let the page change its route
// (lib/workerMessages.js), which keeps its state and skips a reload.
async function openFromNotification(url) {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const client = chooseClient(windows, self.location.origin);
  if (!client) return self.clients.openWindow(url);
  try {
    await client.focus();
  } catch {
    // Focus can be refused; the route still changes underneath.
  }
  client.postMessage({ type: OPEN_URL, url });
  return undefined;
}

// The push service replaced or expired our subscription. Without telling the
// server, this device would silently stop getting notifications. This can
// happen while nobody is signed in, so the old subscription's auth secret
// proves the device is the one the server knows (the session cookie also
// rides along when there is one).
self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil(renewSubscription(event.oldSubscription, event.newSubscription));
});

async function renewSubscription(oldSubscription, newSubscription) {
  try {
    const subscription = newSubscription || (await subscribeAgain());
    const { endpoint, keys } = subscription.toJSON();
    const { csrf_token: token } = await apiJson('GET', '/api/v1/auth/csrf');
    await apiJson('POST', '/api/v1/push/devices/renew', { ...previous(oldSubscription), endpoint, keys }, token);
  } catch (err) {
    console.warn('Push subscription could not be renewed; notifications may stop on this device.', err);
  }
}

function previous(oldSubscription) {
  if (!oldSubscription) return { old_endpoint: null, old_auth: null };
  const { endpoint, keys } = oldSubscription.toJSON();
  return { old_endpoint: endpoint, old_auth: (keys && keys.auth) || null };
}

async function subscribeAgain() {
  const { public_key: key } = await apiJson('GET', '/api/v1/push/key');
  return self.registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: urlBase64ToUint8Array(key),
  });
}

// The worker's own API calls (the page's client is not available here).
// Errors carry the status (0: the network failed) and the API's error code.
async function apiJson(method, path, body, csrfToken) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrfToken) headers['X-CSRFToken'] = csrfToken;
  let response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body && JSON.stringify(body) });
  } catch {
    throw Object.assign(new Error(`${path} could not be reached`), { status: 0, code: 'offline' });
  }
  const data = await response.json().catch(() => null);
  if (response.ok) return data;
  const envelope = (data && data.error) || {};
  const message = envelope.message || `${path} answered ${response.status}`;
  throw Object.assign(new Error(message), { status: response.status, code: envelope.code || null });
}
