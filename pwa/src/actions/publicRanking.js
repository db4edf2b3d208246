// The advocate's choice to show or hide themselves on everyone else's
// leaderboards. The saved profile replaces the session's (open boards refetch
// when it changes); a failure is said in a toast and the setting stays as it was.
import { updateMe } from '../api/me.js';
import { setMe } from '../state/session.js';
import { showToast } from '../state/toasts.js';

export async function setPublicRanking(visible) {
  try {
    setMe(await updateMe({ public_ranking: visible }));
    return true;
  } catch (err) {
    showToast({ tone: 'error', title: "Your leaderboard setting wasn't saved", detail: err.message });
    return false;
  }
}
