// Live leaderboard: pick a period and company/team, see the ranking update as
// colleagues share. Your own row is highlighted, or pinned if off the page.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../lib/store.js';
import { session } from '../state/session.js';
import { announce } from '../state/announcer.js';
import { connection } from '../realtime/socket.js';
import { useLiveLeaderboard } from '../realtime/useLiveLeaderboard.js';
import { Segmented } from '../components/Segmented.jsx';
import { EmptyState, ErrorState } from '../components/StatusViews.jsx';
import { LeaderboardRow } from '../components/LeaderboardRow.jsx';

const PERIODS = [
  { value: 'week', label: 'Week', phrase: "this week's" },
  { value: 'month', label: 'Month', phrase: "this month's" },
  { value: 'all_time', label: 'All time', phrase: 'the all-time' },
];

// Remembered across visits to the tab (not across reloads).
const last = { period: 'week', scope: 'company' };

export function Leaderboard() {
  const { me } = useStore(session);
  const [period, setPeriod] = useState(last.period);
  const [wantedScope, setScope] = useState(last.scope);
  const scope = me.team ? wantedScope : 'company'; // no team, no team board
  last.period = period;
  last.scope = scope;
  const state = useLiveLeaderboard(period, scope);
  useAnnounceOwnRank(state.board, period, scope);

  const scopes = [
    { value: 'company', label: 'Company' },
    {
      value: 'team',
      label: 'My team',
      disabled: !me.team,
      title: me.team ? me.team.name : "You're not in a team yet",
    },
  ];
  return (
    <section class="screen" aria-labelledby="leaderboard-title">
      <div class="screen-header">
        <div>
          <h1 id="leaderboard-title">Leaderboard</h1>
          <p class="screen-subtitle">{subtitle(state.board, scope, me)}</p>
        </div>
        <LiveBadge failed={state.joinFailed} />
      </div>
      <div class="board-controls">
        <Segmented label="Period" options={PERIODS} value={period} onChange={setPeriod} />
        <Segmented label="Scope" options={scopes} value={scope} onChange={setScope} />
      </div>
      <BoardBody state={state} me={me} />
    </section>
  );
}

function subtitle(board, scope, me) {
  const where = scope === 'team' && me.team ? me.team.name : 'Everyone in the company';
  if (!board) return where;
  return `${where} · ${board.total_ranked} ranked`;
}

function LiveBadge({ failed }) {
  const status = useStore(connection);
  const live = status === 'live' && !failed;
  return (
    <span
      class={`live-badge${live ? ' is-live' : ''}`}
      title={live ? 'Updates automatically' : 'Live updates paused'}
    >
      <span class="live-dot" aria-hidden="true" />
      {live ? 'Live' : 'Paused'}
    </span>
  );
}

function BoardBody({ state, me }) {
  if (state.status === 'loading')
    return (
      <p class="loading-line" aria-busy="true">
        Loading leaderboard…
      </p>
    );
  if (state.status === 'error') return <ErrorState error={state.error} />;
  const { entries, me: mine } = state.board;
  if (!entries.length) {
    return (
      <EmptyState icon="trophy" title="No points yet">
        Be the first on the board: share something from your feed.
      </EmptyState>
    );
  }
  const meVisible = entries.some((entry) => entry.advocate.id === me.id);
  return (
    <>
      <ol class="board" aria-live="off" aria-label="Rankings">
        {entries.map((entry) => (
          <LeaderboardRow key={entry.advocate.id} entry={entry} isMe={entry.advocate.id === me.id} />
        ))}
      </ol>
      {!meVisible && mine && (
        <p class="you-pin" data-testid="you-pin">
          You: {mine.rank ? `#${mine.rank}` : 'not ranked yet'} · {mine.points} pts
        </p>
      )}
    </>
  );
}

// Only your own rank is announced (the list itself is aria-live="off", a
// whole board re-reading on every colleague's share would be unbearable).
function useAnnounceOwnRank(board, period, scope) {
  const previous = useRef(null);
  useEffect(() => {
    if (!board || !board.me) return;
    const key = `${period}:${scope}`;
    const rank = board.me.rank;
    const before = previous.current;
    previous.current = { key, rank };
    if (!before || before.key !== key || before.rank === rank || !rank) return;
    const phrase = PERIODS.find((p) => p.value === period).phrase;
    announce(`You're now number ${rank} on ${phrase} ${scope === 'team' ? 'team' : 'company'} leaderboard.`);
  }, [board, period, scope]);
}
