// The advocate's intent "share this on <network>": hand the post to the
// network, record it for points, tell the user what they earned (points, and
// any badge or level-up), and undo the optimistic "Shared on …" chip if
// recording fails. Offline, the share is kept on the device and sent later
// (actions/offlineShares.js). The share sheet checks the guidelines first (so
// a network never opens for a share the server would refuse); a refusal that
// still comes back refreshes what we know of them.
import { recordShare } from '../api/shares.js';
import { network as networkById, sharedLink } from '../lib/networks.js';
import { copyText } from '../lib/clipboard.js';
import { openWindow } from '../lib/openWindow.js';
import { uuid } from '../lib/uuid.js';
import { markShared, unmarkShared } from '../state/feed.js';
import { loadGuidelines } from '../state/guidelines.js';
import { pendingShares } from '../state/pendingShares.js';
import { showToast } from '../state/toasts.js';
import { shareRecorded } from './shareRecorded.js';
import { queueOfflineShare } from './offlineShares.js';

// One client_id per share attempt, kept while the outcome is unknown (5xx, or
// waiting offline) so tapping again replays the same share instead of
// creating a second.
const unsettled = new Map();
const GUIDELINE_REFUSALS = new Set(['guidelines_required', 'prohibited_words', 'disclosure_missing']);

/**
 * Must be called synchronously from the tap handler: the clipboard and
 * window.open both need the tap's user activation, so they run before any
 * await. Returns what happened locally plus a promise for the recording.
 * `edited`: the advocate changed the suggested caption, so the server checks it.
 */
export function shareTo(content, networkId, caption, { edited = false } = {}) {
  const net = networkById(networkId);
  const shareUrl = net.shareUrl({ url: sharedLink(content, net.id), caption, title: content.title });
  // Copy before opening: once the new tab takes focus the clipboard refuses.
  const copied = net.copiesCaption ? copyText(caption) : Promise.resolve(false);
  const opened = openWindow(shareUrl);
  const recorded = record(content, net, edited ? caption : null);
  return { shareUrl, opened, copied, recorded };
}

async function record(content, net, caption) {
  const key = `${content.id}:${net.id}`;
  const clientId = waitingClientId(content.id, net.id) || unsettled.get(key) || uuid();
  unsettled.set(key, clientId);
  const wasShared = (content.shared_networks || []).includes(net.id);
  markShared(content.id, net.id);
  try {
    const result = await recordShare({ contentId: content.id, network: net.id, clientId, caption });
    unsettled.delete(key);
    shareRecorded(result, net);
    return { ok: true, result };
  } catch (err) {
    if (!wasShared) unmarkShared(content.id, net.id);
    if (err.offline && (await queued(content, net, clientId, caption))) {
      unsettled.delete(key);
      return { ok: false, queued: true, error: err };
    }
    // A 4xx is a definite "no": the next tap is a new share with a new id.
    const retryable = err.offline || err.status >= 500;
    if (!retryable) unsettled.delete(key);
    if (GUIDELINE_REFUSALS.has(err.code)) loadGuidelines(); // ours were stale: the gate and checks catch up
    toastFailure(err, net, retryable ? () => record(content, net, caption) : null);
    return { ok: false, error: err };
  }
}

// The same content and network already waiting offline keeps its client_id.
function waitingClientId(contentId, networkId) {
  const entry = pendingShares.get().find((e) => e.content_id === contentId && e.network === networkId);
  return entry && entry.client_id;
}

async function queued(content, net, clientId, caption) {
  try {
    await queueOfflineShare({ content, net, clientId, caption });
    return true;
  } catch {
    return false; // the device can't keep it: fall back to Retry
  }
}

// Retrying only re-records (same client_id); it doesn't reopen the network.
function toastFailure(err, net, retry) {
  const action = retry ? { label: 'Retry', run: retry } : undefined;
  if (err.offline) {
    showToast({
      tone: 'error',
      title: "Share not recorded — you're offline",
      detail: `Tap Retry (or ${net.label} again) when you're back online to get your points.`,
      action,
    });
  } else {
    showToast({ tone: 'error', title: 'Share not recorded', detail: err.message, action });
  }
}
