// Fetches one leaderboard and keeps it fresh: joins its socket room while
// mounted, refetches on leaderboard:update and after reconnects. Refetches are
// coalesced (lib/coalesced.js): a burst of shares costs two requests, not N.
import { useEffect, useState } from 'preact/hooks';
import { fetchLeaderboard } from '../api/leaderboards.js';
import { joinLeaderboard, leaveLeaderboard, onLeaderboardUpdate, onReconnect } from './socket.js';
import { coalesced } from '../lib/coalesced.js';

export function useLiveLeaderboard(period, scope) {
  const [state, setState] = useState({ status: 'loading', board: null, error: null, joinFailed: false });

  useEffect(() => {
    let active = true;
    const set = (patch) => active && setState((s) => ({ ...s, ...patch }));
    const refetch = coalesced(async () => {
      try {
        set({ status: 'ready', board: await fetchLeaderboard(period, scope), error: null });
      } catch (error) {
        if (active) setState((s) => ({ ...s, status: s.board ? 'ready' : 'error', error }));
      }
    });

    setState({ status: 'loading', board: null, error: null, joinFailed: false });
    refetch();
    joinLeaderboard(period, scope).then((ack) =>
      set({ joinFailed: !ack.ok && ack.error !== 'not connected' }),
    );
    const offUpdate = onLeaderboardUpdate((p) => p && p.period === period && p.scope === scope && refetch());
    // socket.js rejoins the room itself; we only catch up on missed updates.
    const offReconnect = onReconnect(() => (set({ joinFailed: false }), refetch()));
    return () => {
      active = false;
      offUpdate();
      offReconnect();
      leaveLeaderboard(period, scope);
    };
  }, [period, scope]);

  return state;
}
