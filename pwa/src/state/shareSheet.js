// Which content the share sheet is open for (null = closed). The sheet is
// rendered at the app root, outside the region made inert while it is open.
import { createStore } from '../lib/store.js';

export const shareSheet = createStore(null);

// The opener is captured now, before the page behind the sheet turns inert
// and the browser drops focus from it, so focus can go back there on close.
export const openShareSheet = (content) => shareSheet.set({ content, opener: document.activeElement });
export const closeShareSheet = () => shareSheet.set(null);
