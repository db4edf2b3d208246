// Registers the service worker (production builds only: the dev server has no
// sw.js). A new version waits until the user agrees to reload, because
// swapping workers under an open page could leave it asking for files that
// the new precache no longer has.
export function registerServiceWorker({ onUpdateReady }) {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', async () => {
    try {
      const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      watchForUpdates(registration, onUpdateReady);
      checkForUpdates(registration);
    } catch (err) {
      console.warn('Service worker registration failed; the app still works online.', err);
    }
  });
}

function watchForUpdates(registration, onUpdateReady) {
  let requested = false;
  const offer = (worker) =>
    onUpdateReady(() => {
      requested = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });

  // Only an *update* needs a prompt; the very first install has no controller.
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (requested) window.location.reload();
  });
}

// An installed app can stay open for days without a navigation (the only
// time the browser looks for a new worker by itself): look again each time
// it comes back to the foreground, and hourly while it stays there.
const HOURLY_MS = 60 * 60 * 1000;

function checkForUpdates(registration) {
  const check = () => registration.update().catch(() => {}); // offline: next time
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  setInterval(check, HOURLY_MS);
}
