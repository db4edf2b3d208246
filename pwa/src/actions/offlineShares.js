// Shares tapped while offline: kept on the device (lib/shareQueue.js), shown
// as "waiting to send", and sent when the connection is back: by the service
// worker's background sync where the browser has it, and by this page when it
// starts, comes back online or reconnects its live socket. Either way each
// share is sent with the client_id of the first tap, so it counts once.
import { post } from '../api/client.js';
import { network as networkById } from '../lib/networks.js';
import { replayShares, shareBody } from '../lib/replayShares.js';
import {
  SHARE_SYNC_TAG,
  dropQueuedShare,
  queueShare,
  queuedShares,
  withQueueLock,
} from '../lib/shareQueue.js';
import { markShared } from '../state/feed.js';
import {
  addPendingShare,
  pendingShares,
  setPendingShares,
  settlePendingShare,
} from '../state/pendingShares.js';
import { currentMe } from '../state/session.js';
import { dismissToast, showToast } from '../state/toasts.js';
import { shareRecorded } from './shareRecorded.js';

/** Keeps the share for later; throws when the device can't store it (then the caller offers Retry). */
export async function queueOfflineShare({ content, net, clientId, caption }) {
  const entry = {
    client_id: clientId,
    content_id: content.id,
    network: net.id,
    caption,
    title: content.title,
    user_id: currentMe().id,
    queued_at: new Date().toISOString(),
  };
  const again = pendingShares.get().some((e) => e.client_id === clientId);
  await queueShare(entry);
  addPendingShare(entry);
  requestBackgroundSync();
  const toast = showToast({
    tone: 'info',
    title: again ? `Share on ${net.label} already waiting` : `Share on ${net.label} saved`,
    detail: again
      ? "It will be recorded once, as soon as you're back online."
      : "You're offline: it will be recorded, with your points, as soon as you're back online.",
  });
  waitingToasts.set(clientId, [...(waitingToasts.get(clientId) || []), toast]);
}

// "Saved" toasts still up when the share goes through are out of date.
const waitingToasts = new Map();

function dismissWaitingToasts(clientId) {
  (waitingToasts.get(clientId) || []).forEach(dismissToast);
  waitingToasts.delete(clientId);
}

/** At sign-in: what this advocate left waiting on this device. */
export async function loadPendingShares(userId) {
  try {
    setPendingShares((await queuedShares()).filter((entry) => entry.user_id === userId));
  } catch {
    setPendingShares([]); // no IndexedDB (some private modes): nothing can be waiting
  }
}

/** Sends what is waiting, if anything; quietly does nothing while still offline. */
export async function sendPendingShares() {
  const me = currentMe();
  if (!me) return;
  try {
    const outcomes = await withQueueLock(async () =>
      replayShares({
        entries: await queuedShares(),
        userId: me.id,
        send: (entry) => post('/shares', shareBody(entry)),
        drop: dropQueuedShare,
      }),
    );
    outcomes.forEach(reportReplayed);
  } catch {
    // IndexedDB unavailable: nothing was queued on this device.
  }
}

/** One queued share's outcome, sent by this page or by the service worker. */
export function reportReplayed({ entry, ok, result, error }) {
  if (!settlePendingShare(entry.client_id)) return; // already told, or not this advocate's
  dismissWaitingToasts(entry.client_id);
  const net = networkById(entry.network);
  if (ok) {
    markShared(entry.content_id, entry.network);
    shareRecorded(result, net, { late: true });
    return;
  }
  showToast({
    tone: 'error',
    title: `Share on ${net.label} not recorded`,
    detail: `"${entry.title}": ${error.message}`,
  });
}

// Where the browser has Background Sync, the worker sends the queue even if
// the app is closed before the connection comes back.
async function requestBackgroundSync() {
  try {
    const registration = 'serviceWorker' in navigator && (await navigator.serviceWorker.getRegistration());
    if (registration && 'sync' in registration) await registration.sync.register(SHARE_SYNC_TAG);
  } catch {
    // Not offered or refused: this page sends the queue when it is back online.
  }
}
