// Team versus team, kept live. Its snapshot has no version and the ranking is
// points per active member (member counts never come in a delta), so any
// delta for it means: fetch it again (coalesced; the board is a few rows).
import { useEffect, useState } from 'preact/hooks';
import { fetchTeamBoard } from '../api/leaderboards.js';
import { joinLeaderboard, leaveLeaderboard, onLeaderboardDelta, onReconnect } from './socket.js';
import { coalesced } from '../lib/coalesced.js';

const LOADING = { status: 'loading', board: null, error: null };

/** board: {period, window?}. */
export function useTeamBoard({ period, window }) {
  const [state, setState] = useState(LOADING);
  useEffect(() => {
    let active = true;
    const board = { period, window, scope: 'teams' };
    const refetch = coalesced(async () => {
      try {
        const fresh = await fetchTeamBoard(board);
        if (active) setState({ status: 'ready', board: fresh, error: null });
      } catch (error) {
        if (active) setState((s) => ({ ...s, status: s.board ? 'ready' : 'error', error }));
      }
    });
    setState(LOADING);
    refetch();
    joinLeaderboard(board);
    const offDelta = onLeaderboardDelta((delta) => isFor(board, delta) && refetch());
    const offReconnect = onReconnect(refetch);
    return () => {
      active = false;
      offDelta();
      offReconnect();
      leaveLeaderboard(board);
    };
  }, [period, window]);
  return state;
}

function isFor(board, delta) {
  const named = delta && delta.board;
  if (!named || named.scope !== 'teams' || named.period !== board.period) return false;
  return !board.window || named.period_key === board.window;
}
