// The ranked rows: the top of the board and, if you're further down, a gap
// and your neighbours around your own row (lib/boardRows.js). Your row sticks
// to the bottom of the screen while it's below the fold (CSS), and rows that
// move slide to their new place (lib/useFlip.js).
import { useRef } from 'preact/hooks';
import { boardRows } from '../../lib/boardRows.js';
import { useFlip } from '../../lib/useFlip.js';
import { LeaderboardRow } from './LeaderboardRow.jsx';

export function BoardList({ board, me, boardKey }) {
  const list = useRef(null);
  useFlip(list, boardKey);
  const profile = { display_name: me.display_name, team: me.team ? me.team.name : null };
  return (
    <ol class="board" aria-label="Rankings" ref={list}>
      {boardRows(board, me.id, profile).map((item) =>
        item.type === 'gap' ? (
          <li key={item.key} class="board-gap" data-testid="board-gap" aria-hidden="true">
            …
          </li>
        ) : (
          <LeaderboardRow key={item.key} entry={item.entry} isMe={item.isMe} hidden={item.hidden} />
        ),
      )}
    </ol>
  );
}
