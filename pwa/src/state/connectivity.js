// Whether the app is working live: the browser's online flag, and the age
// of the oldest answer on screen that the service worker served from its
// cache because the server couldn't be reached (null once a live answer
// arrives). The offline banner reads this.
//
// "Online" is only the browser's guess: the server can still be out of
// reach (a captive portal, a deploy, the first seconds after a reconnect).
// While online with saved data on screen, the data is refreshed after a
// while, backing off to a minute, until a live answer comes back.
import { createStore } from '../lib/store.js';
import { olderDate } from '../lib/offlineMessage.js';

export const connectivity = createStore({ online: navigator.onLine, savedAt: null });

const FIRST_RECHECK_MS = 3000;
const LAST_RECHECK_MS = 60_000;
let refresh = () => {};
let recheckIn = FIRST_RECHECK_MS;
let timer = null;

/** `refreshStale` reloads what is on screen; called while online data stays cached. */
export function watchConnectivity(refreshStale) {
  refresh = refreshStale;
  const update = () => {
    connectivity.set((state) => ({ ...state, online: navigator.onLine }));
    if (navigator.onLine && connectivity.get().savedAt) scheduleRecheck();
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
}

/** Every API answer: `cached` when it came from the worker's cache, with its Date header. */
export function answerReceived({ cached, date }) {
  connectivity.set((state) => ({ ...state, savedAt: cached ? olderDate(state.savedAt, date) : null }));
  if (!cached) recheckIn = FIRST_RECHECK_MS;
  else if (navigator.onLine) scheduleRecheck();
}

// Jittered, so many phones coming back at once don't all ask together.
function scheduleRecheck() {
  if (timer) return;
  const wait = recheckIn * (0.75 + Math.random() / 2);
  recheckIn = Math.min(recheckIn * 2, LAST_RECHECK_MS);
  timer = setTimeout(() => {
    timer = null;
    const { online, savedAt } = connectivity.get();
    if (online && savedAt) refresh();
  }, wait);
}
