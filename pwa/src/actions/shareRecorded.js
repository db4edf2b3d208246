// Telling the advocate a share was recorded: new point totals, a toast with
// what it earned, and any badge or level-up. The same whether the share was
// recorded as it was tapped or sent later from the offline queue.
import { setPoints } from '../state/session.js';
import { showToast } from '../state/toasts.js';
import { pointsLabel } from '../lib/pointsLabel.js';
import { celebrate } from './celebrate.js';

export function shareRecorded(result, net, { late = false } = {}) {
  setPoints(result.points, { silent: true }); // the toast below announces it
  toastAwards(result.awards || [], net, late);
  celebrate(result.progress, 'share');
}

function toastAwards(awards, net, late) {
  const total = awards.reduce((sum, award) => sum + (award.points || 0), 0);
  if (total === 0) {
    showToast({
      tone: 'info',
      title: `${late ? 'Recorded your share' : 'Shared'} on ${net.label}`,
      detail: 'Already counted — no new points this time.',
    });
    return;
  }
  const detail = awards
    .map((award) => award.explanation)
    .filter(Boolean)
    .join(' · ');
  const title = late ? `Share on ${net.label} recorded: ${pointsLabel(total)}` : pointsLabel(total);
  showToast({ tone: 'success', title, detail });
}
