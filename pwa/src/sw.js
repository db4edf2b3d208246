// Amplify's service worker (built by vite-plugin-pwa in injectManifest mode;
// the build replaces self.__WB_MANIFEST with the list of hashed assets).
import { precacheAndRoute, cleanupOutdatedCaches, createHandlerBoundToURL } from 'workbox-precaching';
import { registerRoute, NavigationRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { API_CACHE } from './lib/cacheNames.js';
import { parsePushPayload, notificationOptions, targetUrl, chooseClient, OPEN_URL } from './lib/pushMessage.js';
import { urlBase64ToUint8Array } from './lib/pushSupport.js';

// Drop precaches left by older Workbox versions so storage doesn't grow.
cleanupOutdatedCaches();

// The app shell (HTML, JS, CSS, icons, manifest) is served from the cache so
// the app starts instantly and offline. Hashed file names make this safe.
precacheAndRoute(self.__WB_MANIFEST);

// The feed and profile are personal and change often, so the network always
// wins; the cached copy is only a fallback so that, offline, the app still
// opens signed in with the last feed. Only 200s are cached (the strategy's
// default), so a 401 never replaces a good copy. The page deletes this cache
// on logout so the next person on the device can't read it.
const CACHED_API_PATHS = new Set(['/api/v1/content/feed', '/api/v1/me']);
registerRoute(
  ({ url, request, sameOrigin }) =>
    sameOrigin && request.method === 'GET' && CACHED_API_PATHS.has(url.pathname),
  new NetworkFirst({ cacheName: API_CACHE, networkTimeoutSeconds: 6 }),
);

// Hash routing means every page load is "/", but any deep link or refresh of
// an unknown path still gets the precached index.html. Server endpoints must
// never get the app shell instead of their real response.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api(\/|$)/, /^\/socket\.io(\/|$)/, /^\/healthz(\/|$)/, /^\/s\//],
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
    [...CACHED_API_PATHS].map(async (path) => {
      try {
        const response = await fetch(path, { credentials: 'same-origin' });
        if (response.ok) await cache.put(path, response);
      } catch {
        // Offline during activation: the next online fetch fills the cache.
      }
    }),
  );
}

// Sent by the page when the user accepts "new version ready — Reload".
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

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
    const { csrf_token: token } = await getJson('/api/v1/auth/csrf');
    const response = await fetch('/api/v1/push/devices/renew', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRFToken': token },
      body: JSON.stringify({ ...previous(oldSubscription), endpoint, keys }),
    });
    if (!response.ok) throw new Error(`renew answered ${response.status}`);
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
  const { public_key: key } = await getJson('/api/v1/push/key');
  return self.registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: urlBase64ToUint8Array(key),
  });
}

async function getJson(path) {
  const response = await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
}
