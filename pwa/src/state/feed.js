// The advocate's feed. Kept in a store (not component state) so a share made
// from the sheet can mark the card as shared, and roll that back on failure.
import { createStore } from '../lib/store.js';
import { fetchFeed } from '../api/content.js';

export const feed = createStore({ status: 'idle', items: [], error: null });

export async function loadFeed() {
  feed.set((state) => ({ ...state, status: state.items.length ? 'refreshing' : 'loading', error: null }));
  try {
    const items = await fetchFeed();
    feed.set({ status: 'ready', items, error: null });
  } catch (err) {
    feed.set((state) => ({ ...state, status: 'error', error: err }));
  }
}

export function clearFeed() {
  feed.set({ status: 'idle', items: [], error: null });
}

function updateNetworks(contentId, change) {
  feed.set((state) => ({
    ...state,
    items: state.items.map((item) =>
      item.id === contentId ? { ...item, shared_networks: change(item.shared_networks || []) } : item,
    ),
  }));
}

export function markShared(contentId, network) {
  updateNetworks(contentId, (list) => (list.includes(network) ? list : [...list, network]));
}

export function unmarkShared(contentId, network) {
  updateNetworks(contentId, (list) => list.filter((n) => n !== network));
}

/** The signed-in person's rating of a card: 'useful', 'not_for_me' or null. */
export function setMyRating(contentId, value) {
  feed.set((state) => ({
    ...state,
    items: state.items.map((item) => (item.id === contentId ? { ...item, my_rating: value } : item)),
  }));
}
