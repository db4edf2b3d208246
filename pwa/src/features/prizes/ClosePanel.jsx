// Closing one month for one scope: start the close, then the preview of
// every prize's winners with shortfalls and problems, the exclusions (each
// with its scope, removable until the award), and Confirm and award, which
// opens the summary; only its "Award and announce" sends the winners
// exactly as shown. Once awarded, the same list tracks fulfilment.
import { useRef, useState } from 'preact/hooks';
import { isAwarded, winnerCount } from './prizeClose.js';
import { showToast } from '../../state/toasts.js';
import { announce } from '../../state/announcer.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { PreviewPrize } from './PreviewPrize.jsx';
import { ExcludeDialog } from './ExcludeDialog.jsx';
import { ExclusionList } from './ExclusionList.jsx';
import { AwardDialog } from './AwardDialog.jsx';

const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
const later = (fn) => setTimeout(fn, 50); // after the focus trap hands focus back

export function ClosePanel({ monthClose, monthName, scopeName, ended }) {
  const [excluding, setExcluding] = useState(null);
  const [confirming, setConfirming] = useState(false);
  const status = useRef(null);
  if (monthClose.status === 'loading') return <p class="loading-line">Loading {monthName}…</p>;
  if (monthClose.status === 'error') return <ErrorState error={monthClose.error} onRetry={monthClose.reload} />;
  const close = monthClose.close;
  if (!close) {
    return <NotClosed monthClose={monthClose} monthName={monthName} scopeName={scopeName} ended={ended} />;
  }

  const awarded = isAwarded(close);
  const award = async () => {
    if (!(await monthClose.confirm())) return; // the summary shows why, and stays open
    setConfirming(false);
    const detail = `${winnerCount(close)} winners are being told.`;
    showToast({ tone: 'success', title: `${close.month_label} awarded`, detail });
    later(() => status.current && status.current.focus());
  };
  const openSummary = () => (monthClose.clearProblem(), setConfirming(true));
  const exclude = async (scope, reason) => {
    const { prize, winner, heading } = excluding;
    await monthClose.exclude(prize, winner, scope, reason);
    setExcluding(null);
    const from = scope === 'month' ? `every prize of ${close.month_label}` : prize.title;
    announce(`${winner.name} excluded from ${from}. The preview is updated.`);
    later(() => heading && heading.focus());
  };
  const includeAgain = async (row) => {
    if (!(await monthClose.includeAgain(row))) return;
    announce(`${row.name || 'They'} included again. The preview is updated.`);
    later(() => status.current && status.current.focus());
  };
  return (
    <div class="close-panel" data-testid="month-close" data-state={awarded ? 'awarded' : 'preview'}>
      <div class={`close-status${awarded ? ' is-awarded' : ''}`}>
        <p class="close-state" tabIndex={-1} ref={status}>
          {awarded
            ? `Awarded on ${DAY.format(new Date(close.confirmed_at))}: this is final.`
            : 'Preview: nothing is awarded until you confirm.'}
        </p>
        <p class="close-detail">
          {close.advocates} advocates in the frozen standings of {close.month_label} for {close.scope}.
        </p>
        <p class="close-detail" data-testid="raffle-seed">
          Raffle seed <code class="seed">{close.seed}</code>: anyone can re-run the draw with this seed.
        </p>
      </div>
      <Problems problems={close.problems} />
      {close.prizes.map((prize) => (
        <PreviewPrize
          key={prize.id}
          prize={prize}
          awarded={awarded}
          busy={monthClose.busy}
          monthName={close.month_label}
          onExclude={(p, winner, opener, heading) => setExcluding({ prize: p, winner, heading })}
          onFulfil={monthClose.fulfil}
        />
      ))}
      <ExclusionList close={close} awarded={awarded} busy={monthClose.busy} onIncludeAgain={includeAgain} />
      {monthClose.problem && !confirming && (
        <p class="form-error" role="alert">
          {monthClose.problem.message}
        </p>
      )}
      {!awarded && (
        <button
          type="button"
          class="btn btn-primary btn-block"
          disabled={monthClose.busy || close.problems.length > 0}
          onClick={openSummary}
        >
          Confirm and award
        </button>
      )}
      {confirming && !awarded && (
        <AwardDialog
          close={close}
          busy={monthClose.busy}
          problem={monthClose.problem}
          onAward={award}
          onBack={() => setConfirming(false)}
        />
      )}
      {excluding && (
        <ExcludeDialog
          prize={excluding.prize}
          winner={excluding.winner}
          monthName={close.month_label}
          onExclude={exclude}
          onCancel={() => setExcluding(null)}
        />
      )}
    </div>
  );
}

function Problems({ problems }) {
  if (!problems.length) return null;
  return (
    <div class="form-error close-problems" role="alert">
      <p>Fix these before awarding:</p>
      <ul>
        {problems.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </div>
  );
}

function NotClosed({ monthClose, monthName, scopeName, ended }) {
  if (!ended) {
    return <p class="muted-line">{monthName} can be closed for {scopeName} once it has ended.</p>;
  }
  return (
    <div class="card close-start">
      <p>
        {monthName} isn't closed for {scopeName} yet. Closing freezes the month's standings and shows who would
        win; nothing is awarded until you confirm.
      </p>
      {monthClose.problem && (
        <p class="form-error" role="alert">
          {monthClose.problem.message}
        </p>
      )}
      <button type="button" class="btn btn-primary" disabled={monthClose.busy} onClick={monthClose.start}>
        Close {monthName}
      </button>
    </div>
  );
}
