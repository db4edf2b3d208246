// Signing in and out. The session cookie changes on both, which invalidates
// the CSRF token and the socket's identity, so both are renewed here.
import { onUnauthorized, refreshCsrf, forgetCsrf } from '../api/client.js';
import { login, logout } from '../api/auth.js';
import { fetchMe } from '../api/me.js';
import {
  connectRealtime,
  disconnectRealtime,
  onPointsUpdate,
  onProgressUpdate,
  onPrizeWon,
  onKudosReceived,
  onChallenge,
  onReconnect,
  onSessionEnded,
} from '../realtime/socket.js';
import { session, setMe, setAnonymous, setPoints } from '../state/session.js';
import { clearFeed, feed, loadFeed } from '../state/feed.js';
import { closeShareSheet } from '../state/shareSheet.js';
import { clearProgress, refreshProgressIfWatched } from '../state/progress.js';
import { loadGuidelines, clearGuidelines } from '../state/guidelines.js';
import { celebrate, celebratePrize, forgetCelebrations } from './celebrate.js';
import { receiveKudos } from './receiveKudos.js';
import { challengeReached } from './challengeReached.js';
import { loadPendingShares, sendPendingShares } from './offlineShares.js';
import { setPendingShares } from '../state/pendingShares.js';
import { API_CACHE, WARM_API_CACHE } from '../lib/cacheNames.js';
import { removeDevice } from '../api/push.js';
import { stopPushOnThisBrowser } from '../lib/pushDevice.js';

onUnauthorized(() => {
  if (session.get().status === 'anonymous') return;
  disconnectRealtime();
  clearApiCache();
  signedOut();
});

onPointsUpdate((payload) => setPoints(payload && payload.points));
// Awards made on another device, or not triggered by a share at all.
onProgressUpdate((payload) => celebrate(payload, 'push'));
// The open Prizes screen refreshes itself (features/prizes/usePrizeBoard.js).
onPrizeWon(celebratePrize);
onKudosReceived(receiveKudos);
onChallenge(challengeReached);
// A push missed while disconnected would leave an open My points stale.
onReconnect(refreshProgressIfWatched);
// Shares tapped offline go as soon as the server is reachable again.
onReconnect(sendPendingShares);
window.addEventListener('online', sendPendingShares);
// Asking who we are signs out at once on the 401 (onUnauthorized above); a
// session that somehow still works gets its live connection back.
onSessionEnded(() => fetchMe().then(connectRealtime, () => {}));

/** On start-up: who are we? A stale cached /me offline still opens the app. */
export async function startSession() {
  refreshCsrf().catch(() => {}); // also fetched lazily before the first POST
  try {
    signedIn(await fetchMe());
  } catch (err) {
    if (err.status === 401) setAnonymous();
    else session.set({ status: 'error', me: null, error: err.message });
  }
}

export async function logIn(email, password) {
  await enter(await login(email, password));
}

/** The invitation's answer is the new person's profile, already signed in. */
export async function joinedByInvitation(me) {
  await enter(me);
}

// The session cookie just changed: a new CSRF token, then the app.
async function enter(me) {
  forgetCsrf();
  await refreshCsrf().catch(() => {});
  signedIn(me);
  // The login answer is the profile, so nothing fetched it through the worker.
  if (navigator.serviceWorker && navigator.serviceWorker.controller) {
    navigator.serviceWorker.controller.postMessage({ type: WARM_API_CACHE });
  }
}

export async function logOut() {
  disconnectRealtime();
  // While the session still exists, so the device can be removed too; a
  // stalled network must not hold up logging out.
  await Promise.race([stopPushOnThisBrowser(removeDevice).catch(() => {}), wait(3000)]);
  try {
    await logout();
  } catch {
    // Offline or already expired: the local sign-out below still applies.
  }
  await clearApiCache();
  forgetCsrf();
  signedOut();
  refreshCsrf().catch(() => {});
}

// Nothing of the previous person may linger for whoever signs in next.
function signedOut() {
  closeShareSheet();
  clearFeed();
  clearProgress();
  clearGuidelines();
  setPendingShares([]);
  forgetCelebrations();
  setAnonymous();
}

function signedIn(me) {
  setMe(me);
  connectRealtime();
  loadGuidelines(); // the share gate and caption rules (state/guidelines.js)
  loadPendingShares(me.id).then(sendPendingShares); // left waiting last time, maybe offline
}

/** Saved data is on screen though the browser says it's online: try the server again. */
export function refreshStaleData() {
  if (session.get().status !== 'ready') return;
  if (feed.get().status !== 'idle') loadFeed();
  refreshProgressIfWatched();
  sendPendingShares();
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function clearApiCache() {
  try {
    if ('caches' in window) await caches.delete(API_CACHE);
  } catch {
    // Cache storage can be unavailable (private mode); nothing to clear then.
  }
}
