// The signed-in advocate's level, streak and badges (GET /me/progress). Only
// fetched while someone is looking (the My points screen watches it), so a
// badge pushed while on the feed costs a toast, not a request.
import { createStore } from '../lib/store.js';
import { coalesced } from '../lib/coalesced.js';
import { fetchProgress } from '../api/me.js';

export const progress = createStore({ status: 'idle', data: null, error: null });
let watchers = 0;

export const loadProgress = coalesced(async () => {
  progress.set((s) => ({ ...s, status: s.data ? 'ready' : 'loading', error: null }));
  try {
    const data = await fetchProgress();
    progress.set({ status: 'ready', data, error: null });
  } catch (error) {
    // Keep showing the last good copy if we have one.
    progress.set((s) => ({ ...s, status: s.data ? 'ready' : 'error', error }));
  }
});

/** Call from a screen's effect; returns the cleanup. Loads straight away. */
export function watchProgress() {
  watchers += 1;
  loadProgress();
  return () => {
    watchers -= 1;
  };
}

/** Something changed (a share, a push, a reconnect): refetch if on screen. */
export function refreshProgressIfWatched() {
  if (watchers > 0) loadProgress();
}

export function clearProgress() {
  progress.set({ status: 'idle', data: null, error: null });
}
