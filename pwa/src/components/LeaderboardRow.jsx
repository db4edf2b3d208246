// One ranked advocate. Top three get a medal colour; your row is marked.
import { initials } from '../lib/initials.js';

export function LeaderboardRow({ entry, isMe }) {
  const { rank, advocate, points } = entry;
  return (
    <li
      class={`board-row${isMe ? ' is-me' : ''}${rank <= 3 ? ` medal-${rank}` : ''}`}
      data-advocate-id={advocate.id}
      aria-current={isMe ? 'true' : undefined}
    >
      <span class="board-rank">
        <span class="sr-only">Rank </span>
        {rank}
      </span>
      <span class="avatar avatar-small" aria-hidden="true">
        {initials(advocate.display_name)}
      </span>
      <span class="board-who">
        <span class="board-name">
          {advocate.display_name}
          {isMe && <span class="you-tag"> (you)</span>}
        </span>
        {advocate.team && <span class="board-team">{advocate.team}</span>}
      </span>
      <span class="board-points">
        <span data-testid="row-points">{points}</span>
        <span class="unit"> pts</span>
      </span>
    </li>
  );
}
