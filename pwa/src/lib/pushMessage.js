// The pure half of the service worker's push handling: reading a push
// message into notification options, where a tap should lead, and which open
// window to reuse. Kept out of sw.js so node tests can check it.

export const DEFAULT_TITLE = 'Amplify';
export const DEFAULT_URL = '/#/feed';
const DEFAULT_ICON = '/icons/icon-192.png';
const DEFAULT_BADGE = '/icons/badge-72.png';

const text = (value) => (typeof value === 'string' && value.trim() ? value : '');

/**
 * The decrypted payload as text: normally the server's JSON, but a plain
 * text message (or one missing fields) still becomes a sensible notification.
 */
export function parsePushPayload(raw) {
  let data = null;
  try {
    data = JSON.parse(raw);
  } catch {
    // Not JSON: show the text itself.
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return withDefaults({ body: text(raw) });
  }
  return withDefaults({
    title: text(data.title),
    body: text(data.body),
    icon: text(data.icon),
    badge: text(data.badge),
    url: text(data.url),
    tag: text(data.tag),
    category: text(data.category),
  });
}

function withDefaults(fields) {
  return {
    title: fields.title || DEFAULT_TITLE,
    body: fields.body || '',
    icon: fields.icon || DEFAULT_ICON,
    badge: fields.badge || DEFAULT_BADGE,
    url: fields.url || DEFAULT_URL,
    tag: fields.tag || '',
    category: fields.category || '',
  };
}

/** Options for registration.showNotification(payload.title, …). */
export function notificationOptions(payload) {
  const options = {
    body: payload.body,
    icon: payload.icon,
    badge: payload.badge,
    // A newer message with the same tag (e.g. content-42 edited) replaces the
    // old one quietly instead of buzzing twice.
    renotify: false,
    data: { url: payload.url },
  };
  if (payload.tag) options.tag = payload.tag;
  return options;
}

/**
 * Where a tap leads, as an absolute URL. Only this app's own pages: anything
 * unreadable or on another origin falls back to the feed.
 */
export function targetUrl(url, origin) {
  try {
    const target = new URL(url || DEFAULT_URL, origin);
    if (target.origin === origin) return target.href;
  } catch {
    // Fall through to the feed.
  }
  return new URL(DEFAULT_URL, origin).href;
}

// The app is one page (hash routing), so only a window showing "/" has the
// listener that turns a message into a route change.
const APP_PATHS = new Set(['/', '/index.html']);

function isAppWindow(client, origin) {
  try {
    const url = new URL(client.url);
    return url.origin === origin && APP_PATHS.has(url.pathname);
  } catch {
    return false;
  }
}

/**
 * The open app window to reuse for a tap: the focused one, else a visible
 * one, else the first (clients.matchAll lists the most recently used first).
 * null means open a new window.
 */
export function chooseClient(clients, origin) {
  const windows = (clients || []).filter((client) => isAppWindow(client, origin));
  return (
    windows.find((client) => client.focused) ||
    windows.find((client) => client.visibilityState === 'visible') ||
    windows[0] ||
    null
  );
}

/** The message the service worker posts to a window it reuses (see lib/workerMessages.js). */
export const OPEN_URL = 'OPEN_URL';
