// The guidelines as they apply to the signed-in person: loaded once at sign-in
// (actions/session.js) so the feed and the share sheet know, before any tap,
// whether sharing is open and which caption rules apply.
// status: 'idle' | 'loading' | 'ready' | 'error'; data: GET /guidelines.
import { createStore } from '../lib/store.js';
import { fetchGuidelines } from '../api/guidelines.js';
import { prepareFolding } from '../lib/textFold.js';

export const guidelines = createStore({ status: 'idle', data: null });
// Bumped on sign-out, so a late answer can't hand one person's state to the next.
let generation = 0;

export async function loadGuidelines() {
  const mine = generation;
  guidelines.set((state) => ({ ...state, status: state.data ? 'ready' : 'loading' }));
  try {
    const data = await fetchGuidelines();
    await foldsFor(data); // before 'ready': the share sheet's first check must see look-alikes
    if (mine === generation) setGuidelines(data);
  } catch {
    // Unknown rules must not block sharing: the server still checks every share.
    if (mine === generation) guidelines.set((state) => (state.data ? state : { status: 'error', data: null }));
  }
}

export function setGuidelines(data) {
  guidelines.set({ status: 'ready', data });
  // New words from the editor: check again once their folds are in.
  foldsFor(data).then(() => guidelines.set((state) => (state.data === data ? { ...state } : state)));
}

/** Load the look-alike folds the prohibited words need; without them the server still checks. */
function foldsFor(data) {
  return prepareFolding(data?.prohibited_words || []).catch(() => {});
}

export function markAcknowledged(version) {
  guidelines.set((state) =>
    state.data && state.data.version === version ? { ...state, data: { ...state.data, acknowledged: true } } : state,
  );
}

export function clearGuidelines() {
  generation += 1;
  guidelines.set({ status: 'idle', data: null });
}

/** True only when we know this person must still accept the current guidelines. */
export const mustAcknowledge = (state) => Boolean(state.data && !state.data.acknowledged);
