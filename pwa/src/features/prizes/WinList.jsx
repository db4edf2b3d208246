// The caller's wins, newest first, with where each prize is in being handed
// over. Winners may say they received it; a team's win is the team's, so
// only its managers move that one on.
import { useState } from 'preact/hooks';
import { monthLabel } from './prizeMonths.js';
import { figureLabel, fulfilmentLabel } from './prizeWords.js';
import { ordinal } from '../../lib/ordinal.js';
import { EmptyState } from '../../components/StatusViews.jsx';

export function WinList({ wins, me, onReceived }) {
  if (!wins.length) {
    return (
      <EmptyState icon="medal" title="No wins yet">
        Share this month's content: prizes are awarded when the month closes.
      </EmptyState>
    );
  }
  return (
    <ul class="prize-list" aria-labelledby="prizes-wins-title">
      {wins.map((win) => (
        <li key={win.id}>
          <Win win={win} mine={win.user_id === me.id} onReceived={onReceived} />
        </li>
      ))}
    </ul>
  );
}

function Win({ win, mine, onReceived }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const received = async () => {
    setBusy(true);
    setError(null);
    try {
      await onReceived(win);
    } catch (err) {
      setError(err.message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article class="card win-card" data-winner-id={win.id}>
      <p class="prize-scope">
        {monthLabel(win.month)} · {win.scope}
        {win.team_id && !win.user_id ? ` · won by ${win.name}` : ''}
      </p>
      <h3 class="prize-title">{win.prize.title}</h3>
      <p class="win-figure">
        {ordinal(win.place)} · {figureLabel(win.prize.method, win.figure)}
      </p>
      <div class="win-status">
        <span class={`chip status-chip is-${win.status}`} data-testid="win-status">
          {fulfilmentLabel(win.status)}
        </span>
        {mine && win.status !== 'received' && (
          <button type="button" class="btn btn-secondary btn-small" onClick={received} disabled={busy}>
            Mark received
          </button>
        )}
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
