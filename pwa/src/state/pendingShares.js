// The signed-in advocate's shares waiting to be sent (lib/shareQueue.js
// holds them on the device), so a card can say "Waiting to send" and the
// offline banner can count them. Emptied on sign-out; the device queue is
// kept, because those shares still belong to that advocate.
import { createStore } from '../lib/store.js';

export const pendingShares = createStore([]);

export const setPendingShares = (entries) => pendingShares.set(entries);
export const addPendingShare = (entry) =>
  pendingShares.set((list) => [...list.filter((e) => e.client_id !== entry.client_id), entry]);

/** Removes the entry; false when it was not pending here (already settled by someone else). */
export function settlePendingShare(clientId) {
  const before = pendingShares.get();
  const after = before.filter((e) => e.client_id !== clientId);
  pendingShares.set(after);
  return after.length !== before.length;
}

/** The networks a piece of content is waiting to be shared on. */
export const pendingNetworks = (list, contentId) =>
  list.filter((e) => e.content_id === contentId).map((e) => e.network);
