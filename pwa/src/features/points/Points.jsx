// My points: totals for week / month / all time, the clicks your shares
// brought, progress (level, streak, badges) and the ledger explaining every
// award, newest first.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../../lib/store.js';
import { fetchLedger } from '../../api/me.js';
import { logOut } from '../../actions/session.js';
import { session, setPoints } from '../../state/session.js';
import { relativeTime, fullDate } from '../../lib/relativeTime.js';
import { EmptyState, ErrorState } from '../../components/StatusViews.jsx';
import { Icon } from '../../components/Icon.jsx';
import { ProgressSection } from './ProgressSection.jsx';
import { MyClicks } from './MyClicks.jsx';

export function Points() {
  const { me } = useStore(session);
  const ledger = useLedger(me.points.all_time);
  return (
    <section class="screen" aria-labelledby="points-title">
      <div class="screen-header">
        <div>
          <h1 id="points-title">My points</h1>
          <p class="screen-subtitle">
            {me.display_name}
            {me.team ? ` · ${me.team.name}` : ''}
          </p>
        </div>
      </div>
      <Totals points={me.points} />
      <p>
        <a href="#/store">Spend your points</a> in the reward store. Your totals here stay the same.
      </p>
      <MyClicks total={me.points.all_time} />
      <ProgressSection total={me.points.all_time} />
      <h2 class="section-title">History</h2>
      <LedgerList ledger={ledger} />
      <button type="button" class="btn btn-secondary btn-block logout" onClick={logOut}>
        <Icon name="logout" size={18} /> Log out
      </button>
    </section>
  );
}

// Refetch whenever the total moves (a share here, or points:update from
// another device) so the history explains the new number.
function useLedger(total) {
  const [ledger, setLedger] = useState({ status: 'loading', items: [], error: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    fetchLedger(50)
      .then((body) => {
        if (!active) return;
        setLedger({ status: 'ready', items: body.items, error: null });
        setPoints(body.points);
      })
      .catch(
        (error) => active && setLedger((l) => ({ ...l, status: l.items.length ? 'ready' : 'error', error })),
      );
    return () => {
      active = false;
    };
  }, [total, attempt]);
  return { ...ledger, retry: () => setAttempt(attempt + 1) };
}

function Totals({ points }) {
  const tiles = [
    ['This week', points.week],
    ['This month', points.month],
    ['All time', points.all_time],
  ];
  return (
    <dl class="totals">
      {tiles.map(([label, value]) => (
        <div key={label} class="total-tile">
          <dt>{label}</dt>
          <dd>
            <span class="total-value">{value}</span>
            <span class="total-unit"> pts</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function LedgerList({ ledger }) {
  if (ledger.status === 'loading')
    return (
      <p class="loading-line" aria-busy="true">
        Loading your history…
      </p>
    );
  if (ledger.status === 'error') return <ErrorState error={ledger.error} onRetry={ledger.retry} />;
  if (!ledger.items.length) {
    return (
      <EmptyState icon="star" title="No points yet">
        Share something from your <a href="#/feed">feed</a> to earn your first points.
      </EmptyState>
    );
  }
  return (
    <ul class="ledger">
      {ledger.items.map((item) => (
        <li key={item.id} class="ledger-row">
          <span class="ledger-text">
            <span class="ledger-reason">{item.reason}</span>
            {item.content && <span class="ledger-content">{item.content.title}</span>}
            <time class="ledger-time" dateTime={item.created_at} title={fullDate(item.created_at)}>
              {relativeTime(item.created_at)}
            </time>
          </span>
          <span class={`ledger-points${item.points < 0 ? ' is-negative' : ''}`}>
            {item.points > 0 ? `+${item.points}` : item.points}
          </span>
        </li>
      ))}
    </ul>
  );
}
