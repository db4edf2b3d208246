// One advocates' board, live: how many are ranked and where you stand, the
// rows, and "Show more". Your rank moving is announced (politely, once).
import { useLiveLeaderboard } from '../../realtime/useLiveLeaderboard.js';
import { useRankAnnouncement } from '../../lib/useRankAnnouncement.js';
import { boardPhrase } from '../../lib/boardNames.js';
import { ordinal } from '../../lib/ordinal.js';
import { BoardList } from './BoardList.jsx';
import { LiveBadge } from './LiveBadge.jsx';
import { EmptyState, ErrorState } from '../../components/StatusViews.jsx';

export function PeopleBoard({ periodTab, scopeTab, me, final }) {
  const board = { period: periodTab.period, window: periodTab.window, scope: scopeTab.scope };
  const state = useLiveLeaderboard(board, me.id);
  const loaded = state.board;
  const boardKey = loaded && [loaded.period, loaded.period_key, loaded.scope, loaded.value].join('|');
  useRankAnnouncement(loaded ? loaded.me.rank : undefined, boardKey, boardPhrase(periodTab, scopeTab.scope));

  if (state.status === 'loading') return <p class="loading-line" aria-busy="true">Loading leaderboard…</p>;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={state.retry} />;
  const empty = !loaded.entries.length && !loaded.me.rank;
  return (
    <>
      <div class="board-summary">
        <p data-testid="board-summary">{summary(loaded)}</p>
        {!final && <LiveBadge failed={state.joinFailed} />}
      </div>
      {empty ? (
        <EmptyState icon="trophy" title="No points yet">
          Be the first on this board: share something from your <a href="#/feed">feed</a>.
        </EmptyState>
      ) : (
        <BoardList board={loaded} me={me} boardKey={boardKey} />
      )}
      {loaded.entries.length < loaded.total_ranked && (
        <button
          type="button"
          class="btn btn-secondary btn-block show-more"
          aria-busy={state.loadingMore ? 'true' : undefined}
          onClick={state.showMore}
        >
          {state.loadingMore ? 'Loading…' : 'Show more'}
        </button>
      )}
    </>
  );
}

function summary(board) {
  const ranked = `${board.total_ranked} ranked`;
  return board.me.rank ? `${ranked} · you're ${ordinal(board.me.rank)}` : ranked;
}
