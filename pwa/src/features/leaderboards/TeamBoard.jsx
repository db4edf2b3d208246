// Team versus team, live: teams ranked by points per active member (so a
// small team can beat a big one), with totals; your team is highlighted.
import { useTeamBoard } from '../../realtime/useTeamBoard.js';
import { useRankAnnouncement } from '../../lib/useRankAnnouncement.js';
import { boardPhrase } from '../../lib/boardNames.js';
import { LiveBadge } from './LiveBadge.jsx';
import { EmptyState, ErrorState } from '../../components/StatusViews.jsx';

const average = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export function TeamBoard({ periodTab, me, final }) {
  const state = useTeamBoard({ period: periodTab.period, window: periodTab.window });
  const loaded = state.board;
  const boardKey = loaded && `${loaded.period}|${loaded.period_key}|teams`;
  const phrase = boardPhrase(periodTab, 'teams');
  useRankAnnouncement(loaded ? loaded.my_team_rank : undefined, boardKey, phrase, 'Your team');

  if (state.status === 'loading') return <p class="loading-line" aria-busy="true">Loading teams…</p>;
  if (state.status === 'error') return <ErrorState error={state.error} />;
  if (!loaded.entries.length) return <EmptyState icon="trophy" title="No teams yet" />;
  return (
    <>
      <div class="board-summary">
        <p data-testid="board-summary">Ranked by points per member</p>
        {!final && <LiveBadge />}
      </div>
      <ol class="board" aria-label="Teams">
        {loaded.entries.map((entry) => (
          <TeamRow key={entry.team.id} entry={entry} isMine={me.team && me.team.id === entry.team.id} />
        ))}
      </ol>
    </>
  );
}

function TeamRow({ entry, isMine }) {
  const { rank, team, points, members, per_member } = entry;
  return (
    <li
      class={`board-row team-row${isMine ? ' is-mine' : ''}${rank <= 3 ? ` medal-${rank}` : ''}`}
      data-team-id={team.id}
      aria-current={isMine ? 'true' : undefined}
    >
      <span class="board-rank">
        <span class="sr-only">Rank </span>
        {rank}
      </span>
      <span class="board-who">
        <span class="board-name">{team.name}</span>
        <span class="board-team">
          {isMine && <span class="you-tag">Your team</span>}
          <span>
            <span data-testid="team-members">{members}</span> {members === 1 ? 'member' : 'members'} ·
          </span>{' '}
          <span>
            <span data-testid="team-points">{points}</span> pts
          </span>
        </span>
      </span>
      <span class="board-points team-average">
        <span data-testid="team-per-member" data-value={per_member}>
          {average.format(per_member)}
        </span>
        <span class="unit"> per member</span>
      </span>
    </li>
  );
}
