// The step between the preview and the award: per prize, who wins, who is
// excluded (how far and why) and what the winners will be told. Nothing is
// final or announced until "Award and announce"; "Go back" (or Escape)
// returns to the preview, with focus back on "Confirm and award".
import { Sheet } from '../../components/Sheet.jsx';
import { exclusionScope, figureLabel } from './prizeWords.js';
import { memberId } from './prizeClose.js';

export function AwardDialog({ close, busy, problem, onAward, onBack }) {
  return (
    <Sheet
      id="award"
      title={`Award ${close.month_label}'s prizes?`}
      description={`For ${close.scope}. Once awarded this is final: the winners are told at once and appear on everyone's winners wall.`}
      descriptionClass="award-text"
      className="award-dialog"
      closeLabel="Go back"
      testId="award-summary"
      onClose={onBack}
    >
      <div class="award-prizes">
        {close.prizes.map((prize) => (
          <AwardPrize key={prize.id} prize={prize} monthName={close.month_label} />
        ))}
      </div>
      {problem && (
        <p class="form-error" role="alert">
          {problem.message}
        </p>
      )}
      <div class="dialog-actions award-actions">
        <button type="button" class="btn btn-secondary" onClick={onBack}>
          Go back
        </button>
        <button type="button" class="btn btn-primary" disabled={busy} onClick={onAward}>
          Award and announce
        </button>
      </div>
    </Sheet>
  );
}

function AwardPrize({ prize, monthName }) {
  const said = prize.announcement;
  return (
    <section class="award-prize" aria-labelledby={`award-prize-${prize.id}`} data-prize-id={prize.id}>
      <h3 id={`award-prize-${prize.id}`} class="award-prize-title">
        {prize.title}
      </h3>
      <p class="award-label">{prize.winners.length === 1 ? 'Winner' : 'Winners'}</p>
      <ol class="award-winners">
        {prize.winners.map((winner) => (
          <li key={memberId(winner)} data-testid="award-winner">
            {winner.name} <span class="preview-meta">· {figureLabel(prize.method, winner.figure)}</span>
          </li>
        ))}
      </ol>
      {prize.shortfall > 0 && <p class="preview-shortfall">{prize.shortfall} left unawarded.</p>}
      {prize.excluded.length > 0 && (
        <>
          <p class="award-label">Excluded</p>
          <ul class="award-excluded">
            {prize.excluded.map((row) => (
              <li key={row.id}>
                {row.name || `#${row.member_id}`} · {exclusionScope(row, monthName)} · “{row.reason}”
              </li>
            ))}
          </ul>
        </>
      )}
      {said && (
        <p class="award-announcement" data-testid="award-announcement">
          Tells {said.to}: <strong>{said.title}</strong> ({said.body}). {said.wall}
        </p>
      )}
    </section>
  );
}
