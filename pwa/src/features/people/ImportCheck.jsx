// The dry run's answer: a summary in words, filters by outcome and every
// row's outcome with its reasons, then the button that imports for real.
import { useState } from 'preact/hooks';
import { OUTCOMES, importLabel, importSummary, importableCount, rowDetails, rowsWith } from './importRows.js';

// Enough to read; a long file is filtered (Errors first) rather than scrolled.
const SHOWN = 500;
const OUTCOME_LABELS = { new: 'New', changed: 'Changed', unchanged: 'Unchanged', error: 'Error' };

export function ImportCheck({ result, busy, onImport }) {
  const { rows, counts } = result;
  const [outcome, setOutcome] = useState(counts.error ? 'error' : '');
  const shown = rowsWith(rows, outcome);
  const filters = [{ value: '', label: 'All', count: rows.length }, ...OUTCOMES.map((o) => ({ ...o, count: counts[o.value] || 0 }))];
  return (
    <section class="card import-check" id="import-check" aria-labelledby="import-check-title">
      <h2 id="import-check-title">What the import will do</h2>
      <p class="import-summary" id="import-summary" tabIndex={-1}>
        {importSummary(counts)}
      </p>
 {result.ignored_columns && result.ignored_columns.length > 0 && (
        <p class="field-hint">Columns left out: {result.ignored_columns.join(', ')}.</p>
      )}
      <div class="import-filters" role="group" aria-label="Show rows">
        {filters.map((filter) => (
          <button
            key={filter.value}
            type="button"
            class="import-filter"
            aria-pressed={filter.value === outcome ? 'true' : 'false'}
            onClick={() => setOutcome(filter.value)}
          >
            {filter.label} ({filter.count})
          </button>
        ))}
      </div>
      <div class="import-table-box" role="region" aria-labelledby="import-check-title" tabIndex={0}>
        <table class="import-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Email</th>
              <th scope="col">Outcome</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, SHOWN).map((row) => (
              <tr key={row.row} class={`is-${row.outcome}`} data-import-row={row.row}>
                <td>{row.row}</td>
                <td class="people-email">{row.email ? <EmailBreakable email={row.email} /> : '—'}</td>
                <td>
                  <span class={`chip import-outcome-${row.outcome}`}>{OUTCOME_LABELS[row.outcome]}</span>
                </td>
                <td>
                  {rowDetails(row).map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > SHOWN && (
        <p class="field-hint">
          Showing the first {SHOWN} of {shown.length} rows. Filter by outcome to see the others.
        </p>
      )}
      {!shown.length && <p class="field-hint">No rows here.</p>}
      <button
        type="button"
        class="btn btn-primary"
        disabled={busy || importableCount(counts) === 0}
        aria-busy={busy ? 'true' : undefined}
        onClick={onImport}
      >
        {importLabel(counts)}
      </button>
    </section>
  );
}

// A long address may wrap only after the "@", never in the middle of a word.
function EmailBreakable({ email }) {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}
