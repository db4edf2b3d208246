// Rating a feed card: the buttons change at once, and change back with a
// message if the server says no (offline, content expired meanwhile).
import { rateContent, unrateContent } from '../api/ratings.js';
import { setMyRating } from '../state/feed.js';
import { showToast } from '../state/toasts.js';
import { announce } from '../state/announcer.js';
import { nextRating } from '../lib/ratingToggle.js';

const SAID = { useful: 'Marked useful', not_for_me: 'Marked not for me' };
// Quick taps send PUT then DELETE; one at a time per card, so they land in order.
const queues = new Map();

function inOrder(contentId, send) {
  const run = (queues.get(contentId) || Promise.resolve()).then(send);
  queues.set(contentId, run.catch(() => {}));
  return run;
}

export async function rate(content, tapped) {
  const before = content.my_rating || null;
  const after = nextRating(before, tapped);
  setMyRating(content.id, after);
  try {
    await inOrder(content.id, () => (after ? rateContent(content.id, after) : unrateContent(content.id)));
    announce(after ? SAID[after] : 'Rating removed');
  } catch (err) {
    setMyRating(content.id, before);
    showToast({ tone: 'error', title: "Your rating wasn't saved", detail: err.message });
  }
}
