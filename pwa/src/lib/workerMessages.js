// What the service worker tells open windows (sw.js). Tapping a notification
// while the app is open: the worker focuses this window and posts the
// notification's link; changing the hash keeps the page (and its live
// connection) instead of reloading it. Background sync sent queued shares:
// `onSharesReplayed` gets each outcome.
import { OPEN_URL } from './pushMessage.js';
import { SHARES_REPLAYED } from './shareQueue.js';

export function listenForWorkerMessages({ onSharesReplayed }) {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    const data = event.data;
    if (data && data.type === OPEN_URL && typeof data.url === 'string') openUrl(data.url);
    if (data && data.type === SHARES_REPLAYED && Array.isArray(data.outcomes)) data.outcomes.forEach(onSharesReplayed);
  });
}

function openUrl(href) {
  let url;
  try {
    url = new URL(href, window.location.href);
  } catch {
    return;
  }
  if (url.origin !== window.location.origin) return;
  if (url.pathname !== window.location.pathname) {
    window.location.assign(url.href);
    return;
  }
  if (url.hash === window.location.hash) {
    // Same link tapped twice: hashchange won't fire, so say it ourselves
    // to bring the content into view again.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    return;
  }
  window.location.hash = url.hash;
}
