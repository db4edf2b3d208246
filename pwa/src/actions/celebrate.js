// Celebrating progress: a toast per badge earned and one for a level-up,
// whether it came in a share response or as a progress:update push; and a
// toast for a prize won, wherever in the app the winner is.
//
// The server pushes progress:update to every device of the advocate, which
// includes the one that just shared and already got the same news in the
// share response. Whichever of the two arrives second within a few seconds
// with identical content is not toasted again.
import { showToast } from '../state/toasts.js';
import { refreshProgressIfWatched } from '../state/progress.js';
import { navigate } from '../lib/router.js';

const DUPLICATE_WINDOW_MS = 3000;
let recent = []; // [{key, source, at}]

/** @param {'share'|'push'} source */
export function celebrate(delta, source) {
  if (!delta) return;
  refreshProgressIfWatched(); // also for a streak-only change
  const key = contentKey(delta);
  if (!key || isDuplicate(key, source)) return;
  (delta.badges || []).forEach((badge) =>
    showToast({ tone: 'celebrate', title: `Badge earned: ${badgeLabel(badge)}`, timeout: 6000 }),
  );
  if (delta.level) showToast({ tone: 'celebrate', title: `Level up: ${delta.level}`, timeout: 6000 });
}

/** A prize:won push: {prize, month_label, how}. The link leads to Your wins. */
export function celebratePrize(news) {
  if (!news || !news.prize) return;
  showToast({
    tone: 'celebrate',
    title: `You won ${news.prize}!`,
    detail: [news.month_label, news.how].filter(Boolean).join(' · '),
    action: { label: 'See prizes', run: () => navigate('prizes') },
  });
}

export function forgetCelebrations() {
  recent = [];
}

function badgeLabel(badge) {
  const name = badge.name || badge.id;
  return badge.tier_name ? `${name} (${badge.tier_name})` : name;
}

// Null when there is nothing to toast (e.g. only the streak moved).
function contentKey({ badges = [], level = null, streak = null }) {
  if (!badges.length && !level) return null;
  const ids = badges.map((b) => `${b.id}:${b.tier}:${b.tier_name}`).sort();
  return JSON.stringify([ids, level, streak]);
}

function isDuplicate(key, source) {
  const now = Date.now();
  recent = recent.filter((entry) => now - entry.at < DUPLICATE_WINDOW_MS);
  const seen = recent.some((entry) => entry.key === key && entry.source !== source);
  if (!seen) recent.push({ key, source, at: now });
  return seen;
}
