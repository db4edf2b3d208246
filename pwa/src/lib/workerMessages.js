// Tapping a notification while the app is open: the service worker focuses
// this window and posts the notification's link here (sw.js). Changing the
// hash keeps the page (and its live connection) instead of reloading it.
import { OPEN_URL } from './pushMessage.js';

export function listenForWorkerMessages() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== OPEN_URL || typeof data.url !== 'string') return;
    openUrl(data.url);
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
