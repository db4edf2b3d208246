// Text for the single polite live region (components/LiveRegion.jsx). One
// region avoids screen readers talking over themselves.
import { createStore } from '../lib/store.js';

export const announcement = createStore({ text: '', seq: 0 });

// The region speaks a moment after the text settles, so a second message in
// the same burst (e.g. "+15 points" then "Badge earned: …") would replace
// the first unheard. Messages this close together are joined instead.
const JOIN_WITHIN_MS = 50;
let lastAt = 0;

export function announce(text) {
  const now = Date.now();
  const join = now - lastAt < JOIN_WITHIN_MS;
  lastAt = now;
  // A changing seq lets the region re-announce identical text.
  announcement.set(({ text: before, seq }) => ({
    text: join && before ? sentence(before, text) : text,
    seq: seq + 1,
  }));
}

function sentence(first, second) {
  return /[.!?]$/.test(first) ? `${first} ${second}` : `${first}. ${second}`;
}
