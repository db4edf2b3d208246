// One prize in a closed month: its winners (name, team, the figure that won
// it), what is left unawarded, and who is kept out of it, how far and why
// (taken back in the close panel's list of exclusions). Before the award
// each winner can be excluded; after it, fulfilment is tracked.
import { useRef } from 'preact/hooks';
import { exclusionScope, figureLabel, methodLabel, FULFILMENT } from './prizeWords.js';
import { memberId } from './prizeClose.js';
import { ordinal } from '../../lib/ordinal.js';
import { SelectField } from '../../components/SelectField.jsx';

export function PreviewPrize({ prize, awarded, busy, monthName, onExclude, onFulfil }) {
  const heading = useRef(null);
  return (
    <article class="card preview-prize" data-prize-id={prize.id} aria-labelledby={`preview-prize-${prize.id}`}>
      <div class="prize-body">
        <p class="prize-scope">
          {methodLabel(prize.method)} · {prize.quantity} to give
          {prize.eligible !== null && prize.eligible !== undefined && ` · ${prize.eligible} eligible`}
        </p>
        <h3 class="prize-title" id={`preview-prize-${prize.id}`} tabIndex={-1} ref={heading}>
          {prize.title}
        </h3>
        {prize.winners.length > 0 && (
          <ol class="preview-winners" aria-label={`Winners of ${prize.title}`}>
            {prize.winners.map((winner, index) => (
              <li key={memberId(winner)} class="preview-winner" data-member-id={memberId(winner)}>
                <span class="wall-place">{ordinal(index + 1)}</span>
                <span class="preview-who">
                  <span class="preview-name" data-testid="winner-name">
                    {winner.name}
                  </span>
                  <span class="preview-meta">
                    {[winner.team, figureLabel(prize.method, winner.figure)].filter(Boolean).join(' · ')}
                  </span>
                </span>
                {awarded ? (
                  <SelectField
                    label={<span class="sr-only">Fulfilment for {winner.name}</span>}
                    name={`fulfil-${winner.winner_id}`}
                    options={FULFILMENT}
                    value={winner.status}
                    onChange={(status) => onFulfil(winner.winner_id, status)}
                  />
                ) : (
                  <button
                    type="button"
                    class="btn btn-secondary btn-small"
                    disabled={busy}
                    aria-label={`Exclude ${winner.name} from ${prize.title}`}
                    onClick={(event) => onExclude(prize, winner, event.currentTarget, heading.current)}
                  >
                    Exclude
                  </button>
                )}
              </li>
            ))}
          </ol>
        )}
        {prize.shortfall > 0 && (
          <p class="preview-shortfall">
            {prize.shortfall} of {prize.quantity} left unawarded: nobody else is eligible.
          </p>
        )}
        {prize.excluded.length > 0 && <Excluded prize={prize} monthName={monthName} />}
      </div>
    </article>
  );
}

function Excluded({ prize, monthName }) {
  return (
    <div class="preview-excluded">
      <h4 class="preview-excluded-title">Excluded</h4>
      <ul>
        {prize.excluded.map((row) => (
          <li key={row.id} class="excluded-row" data-scope={row.scope}>
            <span class="preview-who">
              <span class="preview-name">{row.name || `#${row.member_id}`}</span>
              <span class="preview-meta">
                {exclusionScope(row, monthName)} · “{row.reason}”
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
