// One ranked advocate. Top three get a medal colour; your row is marked and,
// if you've hidden yourself from others, says that only you can see it.
import { initials } from '../../lib/initials.js';

export function LeaderboardRow({ entry, isMe, hidden }) {
  const { rank, advocate, points } = entry;
  const medal = rank && rank <= 3 ? ` medal-${rank}` : '';
  return (
    <li
      class={`board-row${isMe ? ' is-me' : ''}${medal}`}
      data-advocate-id={advocate.id}
      data-flip={advocate.id}
      aria-current={isMe ? 'true' : undefined}
    >
      <span class="board-rank">
        {rank ? <span class="sr-only">Rank </span> : <span class="sr-only">Not ranked yet</span>}
        <span aria-hidden={rank ? undefined : 'true'}>{rank || '–'}</span>
      </span>
      <span class="avatar avatar-small" aria-hidden="true">
        {initials(advocate.display_name)}
      </span>
      <span class="board-who">
        <span class="board-name">
          <span class="board-name-text">{advocate.display_name}</span>
          {isMe && <span class="you-tag"> (you)</span>}
        </span>
        {hidden ? (
          <span class="board-team">Only you see this row</span>
        ) : (
          advocate.team && <span class="board-team">{advocate.team}</span>
        )}
      </span>
      <span class="board-points">
        <span data-testid="row-points">{points}</span>
        <span class="unit"> pts</span>
      </span>
    </li>
  );
}
