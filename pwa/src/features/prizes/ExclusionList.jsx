// Everyone kept out of the closed month's prizes: who, how far (every prize
// this month or one prize), why and by whom. Until the award is confirmed
// each can be taken back, and the preview moves them back into the lists.
import { exclusionScope } from './prizeWords.js';

export function ExclusionList({ close, awarded, busy, onIncludeAgain }) {
  if (!close.exclusions || !close.exclusions.length) return null;
  return (
    <section class="card close-exclusions" aria-labelledby="close-exclusions-title" data-testid="exclusions">
      <h3 id="close-exclusions-title" class="preview-excluded-title" tabIndex={-1}>
        Excluded from {close.month_label}'s prizes
      </h3>
      <ul>
        {close.exclusions.map((row) => (
          <li key={row.id} class="excluded-row" data-scope={row.scope}>
            <span class="preview-who">
              <span class="preview-name">{row.name || `#${row.member_id}`}</span>
              <span class="exclusion-scope">{exclusionScope(row, close.month_label)}</span>
              <span class="preview-meta">
                “{row.reason}”{row.by ? ` · by ${row.by}` : ''}
              </span>
            </span>
            {!awarded && (
              <button
                type="button"
                class="btn btn-secondary btn-small"
                disabled={busy}
                aria-label={`Include ${row.name || 'them'} again (${exclusionScope(row, close.month_label)})`}
                onClick={() => onIncludeAgain(row)}
              >
                Include again
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
