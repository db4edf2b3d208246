// A leaderboard kept live: a snapshot, then `leaderboard:delta` messages
// applied on top of it (lib/liveBoard.js). A fresh snapshot replaces it after
// a reconnect (pushes were missed), when versions stay missing for a moment,
// or when a change can't be placed locally. Snapshots are coalesced
// (lib/coalesced.js): a burst of reasons costs two requests, not N.
import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchTop } from './boardSnapshot.js';
import { joinLeaderboard, leaveLeaderboard, onLeaderboardDelta, onReconnect } from './socket.js';
import { coalesced } from '../lib/coalesced.js';
import { fromSnapshot, needsSnapshot, receiveDelta, replay } from '../lib/liveBoard.js';
import { session } from '../state/session.js';

export const PAGE = 25;
const GAP_WAIT_MS = 1000; // a delta that was merely late has landed well within this
const RECENT = 50; // deltas kept to replay over a snapshot that was read before them
const LOADING = { status: 'loading', board: null, error: null, joinFailed: false, loadingMore: false };

/** board: {period, scope, window?}. The state, plus showMore() and retry(). */
export function useLiveLeaderboard(board, meId) {
  const [state, setState] = useState(LOADING);
  const controls = useRef(null);
  const key = `${board.period}:${board.window || ''}:${board.scope}`;
  useEffect(() => {
    setState(LOADING);
    controls.current = follow(board, meId, setState);
    return controls.current.stop;
  }, [key, meId]);
  return { ...state, showMore: () => controls.current.showMore(), retry: () => controls.current.refetch() };
}

function follow(board, meId, setState) {
  let active = true;
  let live = null; // lib/liveBoard.js state, once the first snapshot is in
  let rows = PAGE; // how many rows from the top are loaded
  let timer = null;
  const recent = [];
  const show = (patch) => active && setState((s) => ({ ...s, ...patch }));

  const refetch = coalesced(async () => {
    try {
      const result = replay(fromSnapshot(await fetchTop(board, rows), meId), recent);
      if (!active) return;
      live = result.state;
      show({ status: 'ready', board: live.board, error: null, loadingMore: false });
      react(result.refetch);
    } catch (error) {
      show({ status: live ? 'ready' : 'error', error, loadingMore: false });
    }
  });

  const react = (urgency) => {
    if (urgency === 'now') refetch();
    if (urgency !== 'soon' || timer) return;
    timer = setTimeout(() => {
      timer = null;
      if (active && live && needsSnapshot(live)) refetch();
    }, GAP_WAIT_MS);
  };

  const onDelta = (delta) => {
    if (!forBoard(board, delta)) return;
    recent.push(delta);
    if (recent.length > RECENT) recent.shift();
    if (!live) return; // the snapshot on its way will have it replayed
    const result = receiveDelta(live, delta);
    if (result.state === live) return;
    live = result.state;
    show({ board: live.board });
    react(result.refetch);
  };

  refetch();
  joinLeaderboard(board).then((ack) => show({ joinFailed: !ack.ok && ack.error !== 'not connected' }));
  const offDelta = onLeaderboardDelta(onDelta);
  // socket.js rejoins the room itself; we only catch up on what was missed.
  const offReconnect = onReconnect(() => (show({ joinFailed: false }), refetch()));
  const offSession = watchOwnSettings(() => live, refetch);
  return {
    refetch,
    showMore() {
      rows = Math.max(rows, live ? live.board.entries.length : 0) + PAGE;
      show({ loadingMore: true });
      refetch();
    },
    stop() {
      active = false;
      clearTimeout(timer);
      offDelta();
      offReconnect();
      offSession();
      leaveLeaderboard(board);
    },
  };
}

/** Cheap pre-filter; lib/liveBoard.js checks the period key and scope value too. */
function forBoard(board, delta) {
  const named = delta && delta.board;
  if (!named || named.period !== board.period || named.scope !== board.scope) return false;
  return !board.window || named.period_key === board.window;
}

// Deltas never mention us while we're hidden from the board, and showing or
// hiding ourselves changes our own row: both need a snapshot.
function watchOwnSettings(current, refetch) {
  let before = session.get().me;
  return session.subscribe(({ me }) => {
    if (!me || !before) return;
    const hidden = current() && !current().board.me.listed;
    const changed = me.public_ranking !== before.public_ranking || (hidden && me.points !== before.points);
    before = me;
    if (changed) refetch();
  });
}
