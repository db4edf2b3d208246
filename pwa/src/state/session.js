// Who is signed in and their point totals. status drives the top-level
// screen: 'loading' (checking the cookie), 'anonymous' (login), 'ready'.
import { createStore } from '../lib/store.js';
import { announce } from './announcer.js';

export const session = createStore({ status: 'loading', me: null });

export function setMe(me) {
  session.set({ status: 'ready', me });
}

export function setAnonymous() {
  session.set({ status: 'anonymous', me: null });
}

export function currentMe() {
  return session.get().me;
}

/**
 * Replace the point totals (from a share response, the ledger, or a
 * points:update push). Screen-reader users hear about changes they did not
 * trigger themselves; `silent` is for changes already announced by a toast.
 */
export function setPoints(points, { silent = false } = {}) {
  const { me } = session.get();
  if (!me || !points) return;
  const before = me.points ? me.points.all_time : null;
  session.set({ status: 'ready', me: { ...me, points } });
  if (!silent && before !== null && before !== points.all_time) {
    announce(`Your points changed: ${points.all_time} points in total, ${points.week} this week.`);
  }
}
