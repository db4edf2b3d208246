// The advocate's intent "share this on <network>": hand the post to the
// network, record it for points, tell the user what they earned (points, and
// any badge or level-up), and undo the optimistic "Shared on …" chip if
// recording fails. The share sheet checks the guidelines first (so a network
// never opens for a share the server would refuse); a refusal that still
// comes back refreshes what we know of them.
import { recordShare } from '../api/shares.js';
import { network as networkById, sharedLink } from '../lib/networks.js';
import { copyText } from '../lib/clipboard.js';
import { openWindow } from '../lib/openWindow.js';
import { uuid } from '../lib/uuid.js';
import { markShared, unmarkShared } from '../state/feed.js';
import { loadGuidelines } from '../state/guidelines.js';
import { setPoints } from '../state/session.js';
import { showToast } from '../state/toasts.js';
import { celebrate } from './celebrate.js';
import { pointsLabel } from '../lib/pointsLabel.js';

// One client_id per share attempt, kept while the outcome is unknown (offline,
// 5xx) so tapping again replays the same share instead of creating a second.
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
  const clientId = unsettled.get(key) || uuid();
  unsettled.set(key, clientId);
  const wasShared = (content.shared_networks || []).includes(net.id);
  markShared(content.id, net.id);
  try {
    const result = await recordShare({ contentId: content.id, network: net.id, clientId, caption });
    unsettled.delete(key);
    setPoints(result.points, { silent: true }); // the toast below announces it
    toastAwards(result.awards || [], net);
    celebrate(result.progress, 'share');
    return { ok: true, result };
  } catch (err) {
    if (!wasShared) unmarkShared(content.id, net.id);
    // A 4xx is a definite "no": the next tap is a new share with a new id.
    const retryable = err.offline || err.status >= 500;
    if (!retryable) unsettled.delete(key);
    if (GUIDELINE_REFUSALS.has(err.code)) loadGuidelines(); // ours were stale: the gate and checks catch up
    toastFailure(err, net, retryable ? () => record(content, net, caption) : null);
    return { ok: false, error: err };
  }
}

function toastAwards(awards, net) {
  const total = awards.reduce((sum, award) => sum + (award.points || 0), 0);
  if (total === 0) {
    showToast({
      tone: 'info',
      title: `Shared on ${net.label}`,
      detail: 'Already counted — no new points this time.',
    });
    return;
  }
  const detail = awards
    .map((award) => award.explanation)
    .filter(Boolean)
    .join(' · ');
  showToast({ tone: 'success', title: pointsLabel(total), detail });
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
