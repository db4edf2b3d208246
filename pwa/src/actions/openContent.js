// The advocate opened a content item from the feed (the link opens in a new
// tab). The first open of each item can earn points under the rules; later
// opens change nothing, so this is sent every time without bookkeeping.
import { recordOpen } from '../api/content.js';
import { setPoints } from '../state/session.js';
import { showToast } from '../state/toasts.js';
import { celebrate } from './celebrate.js';
import { pointsLabel } from '../lib/pointsLabel.js';

export async function contentOpened(content) {
  let result;
  try {
    result = await recordOpen(content.id);
  } catch {
    return; // reading works without it; nothing to undo or retry
  }
  if (!result.first_time) return;
  setPoints(result.points, { silent: true });
  const total = (result.awards || []).reduce((sum, award) => sum + award.points, 0);
  if (total > 0) {
    const detail = result.awards.map((award) => award.explanation).join(' · ');
    showToast({ tone: 'success', title: `${pointsLabel(total)} for reading`, detail });
  }
  celebrate(result.progress, 'share');
}
