// Say our own (or our team's) rank when it moves on the board we are looking
// at: not when a board first loads or we switch boards, and never for other
// people's moves, so the polite live region stays quiet most of the time.
// `boardKey` names the board the rank was read from (not the tab asked for),
// so a render that still shows the previous board can't look like a move.
import { useEffect, useRef } from 'preact/hooks';
import { announce } from '../state/announcer.js';
import { rankMoveMessage } from './boardNames.js';

export function useRankAnnouncement(rank, boardKey, phrase, who = 'You') {
  const previous = useRef(null);
  useEffect(() => {
    if (rank === undefined) return; // nothing loaded yet
    const before = previous.current;
    previous.current = { boardKey, rank };
    if (!before || before.boardKey !== boardKey) return;
    const message = rankMoveMessage(before.rank, rank, phrase, who);
    if (message) announce(message);
  }, [rank, boardKey]);
}
