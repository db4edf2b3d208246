// The advocate's intent "I have read and accept the guidelines": record it,
// open sharing at once, and say what it earned. If the guidelines changed
// while they were reading, load the new version for them to read instead.
import { acknowledgeGuidelines } from '../api/guidelines.js';
import { loadGuidelines, markAcknowledged } from '../state/guidelines.js';
import { showToast } from '../state/toasts.js';
import { pointsLabel } from '../lib/pointsLabel.js';

/** Resolves true once accepted; false (after telling the advocate why) otherwise. */
export async function acknowledge(version) {
  try {
    const { points } = await acknowledgeGuidelines(version);
    markAcknowledged(version);
    const detail = 'Thanks for reading the guidelines. Sharing is open.';
    if (points > 0) showToast({ tone: 'success', title: pointsLabel(points), detail });
    else showToast({ tone: 'success', title: 'Guidelines accepted', detail });
    return true;
  } catch (err) {
    if (err.code === 'guidelines_changed') loadGuidelines();
    showToast({ tone: 'error', title: "Couldn't record that", detail: err.message });
    return false;
  }
}
