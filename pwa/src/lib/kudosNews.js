// How a kudos reads: the toast when one arrives live, and a line in the
// recognition feed.
import { pointsLabel } from './pointsLabel.js';

/** "Kudos from Morgan Reyes: +10 points" (just "Kudos from …" without points). */
export function kudosTitle({ from, points }) {
  return points > 0 ? `Kudos from ${from}: ${pointsLabel(points)}` : `Kudos from ${from}`;
}
