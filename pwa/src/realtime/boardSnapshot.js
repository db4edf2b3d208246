// The top `count` rows of a board as one snapshot. Up to 100 rows (the API's
// page limit) is one request, so every row is read at the same version. More
// takes pages of 100 that may be read at different versions: the snapshot then
// claims the oldest, and the deltas received since are replayed over it.
import { fetchLeaderboard } from '../api/leaderboards.js';

const MAX_LIMIT = 100;

export async function fetchTop(board, count) {
  const limit = Math.min(count, MAX_LIMIT);
  const pages = Math.ceil(count / limit);
  const rest = Array.from({ length: pages - 1 }, (_, index) =>
    fetchLeaderboard(board, { page: index + 2, limit }).catch(pastTheEnd),
  );
  const [head, ...more] = await Promise.all([fetchLeaderboard(board, { page: 1, limit }), ...rest]);
  const snapshots = [head, ...more.filter(Boolean)];
  if (snapshots.length === 1) return head;
  const seen = new Set();
  const entries = snapshots
    .flatMap((snapshot) => snapshot.entries)
    .filter((entry) => !seen.has(entry.advocate.id) && seen.add(entry.advocate.id));
  return { ...head, entries, version: Math.min(...snapshots.map((snapshot) => snapshot.version)) };
}

// The board shrank between the requests: a page past its end is simply empty.
function pastTheEnd(error) {
  if (error.status === 404) return null;
  throw error;
}
