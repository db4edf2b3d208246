// This browser's push subscription and the server's id for it. The device
// list doesn't say which entry is "this device" (the server never sends
// endpoints back), so the id it answered with is remembered here, together
// with the endpoint it belongs to.
const STORAGE_KEY = 'amplify.pushDevice';

export function rememberDevice(endpoint, id) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ endpoint, id }));
  } catch {
    // Storage can be off (private mode): "This device" just isn't marked.
  }
}

export function forgetDevice() {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, then.
  }
}

/** {endpoint, id} of the device this browser registered, or null. */
export function rememberedDevice() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || 'null');
    return saved && saved.endpoint && saved.id != null ? saved : null;
  } catch {
    return null;
  }
}

/**
 * The active service worker registration, or null. getRegistration() first:
 * without a worker (dev server, blocked storage) `ready` would never settle.
 */
export async function workerRegistration() {
  if (!('serviceWorker' in navigator)) return null;
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration) return null;
  return registration.active ? registration : navigator.serviceWorker.ready;
}

export async function currentSubscription() {
  try {
    const registration = await workerRegistration();
    return registration && 'pushManager' in registration ? await registration.pushManager.getSubscription() : null;
  } catch {
    return null;
  }
}

/** The server's id for this browser, if the current subscription is the one we registered. */
export function thisDeviceId(subscription) {
  const saved = rememberedDevice();
  return subscription && saved && saved.endpoint === subscription.endpoint ? saved.id : null;
}

/**
 * On log out: stop this browser's notifications, or the next person to sign
 * in here would see the previous advocate's. Unsubscribing is enough: the
 * push service then refuses the endpoint and the server drops the device;
 * the removal call only makes the device list right at once.
 */
export async function stopPushOnThisBrowser(removeDevice) {
  const subscription = await currentSubscription();
  const id = thisDeviceId(subscription);
  forgetDevice();
  if (!subscription) return;
  if (id != null) await removeDevice(id).catch(() => {});
  await subscription.unsubscribe().catch(() => {});
}
