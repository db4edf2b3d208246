// Shares tapped while offline, kept in IndexedDB until the server has them.
// The page and the service worker both read and write this queue (the page
// queues and shows "pending"; either may replay), so it stores plain data:
// {client_id, content_id, network, caption, title, user_id, queued_at}.
// The client_id is the one the first attempt used, so however many times an
// entry is sent, the server counts it once.
const DB_NAME = 'amplify';
const STORE = 'queued-shares';
const LOCK = 'amplify-share-queue';

function openDb() {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(DB_NAME, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE, { keyPath: 'client_id' });
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
}

async function inStore(mode, work) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const asked = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(asked && asked.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export const queueShare = (entry) => inStore('readwrite', (store) => store.put(entry));
export const dropQueuedShare = (clientId) => inStore('readwrite', (store) => store.delete(clientId));

/** Every queued share, oldest first (the order they were tapped in). */
export async function queuedShares() {
  const entries = (await inStore('readonly', (store) => store.getAll())) || [];
  return entries.sort((a, b) => a.queued_at.localeCompare(b.queued_at));
}

/**
 * Runs `work` while no other tab or the service worker is replaying, so two
 * replays never race over the same entries (each would be counted once
 * anyway; this keeps the advocate from being told twice).
 */
export function withQueueLock(work) {
  const locks = globalThis.navigator && globalThis.navigator.locks;
  return locks ? locks.request(LOCK, work) : work();
}

// The Background Sync tag the page registers and the worker answers, and
// the message the worker posts to open windows with what it sent.
export const SHARE_SYNC_TAG = 'share-queue';
export const SHARES_REPLAYED = 'amplify:shares-replayed';
