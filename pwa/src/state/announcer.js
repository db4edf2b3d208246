// Text for the single polite live region (components/LiveRegion.jsx). One
// region avoids screen readers talking over themselves.
import { createStore } from '../lib/store.js';

export const announcement = createStore({ text: '', seq: 0 });

export function announce(text) {
  // A changing seq lets the region re-announce identical text.
  announcement.set(({ seq }) => ({ text, seq: seq + 1 }));
}
