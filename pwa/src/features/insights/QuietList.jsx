// Insights → advocates who have shared before but not in the last 30 days:
// people a manager might nudge. In the server's order, the first ten until
// asked for all; the CSV has everyone.
import { useState } from 'preact/hooks';
import { relativeTime, fullDate } from '../../lib/relativeTime.js';
import { countOf } from '../../lib/countOf.js';
import { visibleRows, TOP_ROWS } from '../../lib/rankRows.js';
import { CsvLink } from './CsvLink.jsx';

export function QuietList({ quiet, csvHref }) {
  const [showAll, setShowAll] = useState(false);
  const shown = visibleRows(quiet, showAll);
  return (
    <section class="quiet" aria-labelledby="quiet-title" data-testid="quiet-advocates">
      <div class="breakdown-head">
        <h3 class="quiet-title section-title-row" id="quiet-title">
          Quiet advocates <span class="section-meta">{quiet.length}</span>
        </h3>
        <CsvLink href={csvHref} what="quiet advocates" table="quiet" />
      </div>
      <p class="field-hint">Shared before, but not in the last 30 days.</p>
      {quiet.length === 0 ? (
        <p class="muted-note">Nobody: everyone who has shared before shared in the last 30 days.</p>
      ) : (
        <ul class="ledger quiet-list">
          {shown.map((person) => (
            <li key={person.user_id} class="ledger-row">
              <span class="ledger-text">
                <span class="ledger-reason">{person.display_name}</span>
                {person.team && <span class="ledger-content">{person.team}</span>}
              </span>
              <LastActive iso={person.last_active} />
            </li>
          ))}
        </ul>
      )}
      {quiet.length > TOP_ROWS && (
        <button type="button" class="link-btn show-all" onClick={() => setShowAll(!showAll)}>
          {showAll ? `Show the first ${TOP_ROWS}` : `Show all ${countOf(quiet.length, 'quiet advocate')}`}
        </button>
      )}
    </section>
  );
}

function LastActive({ iso }) {
  if (!iso) return <span class="ledger-time quiet-when">Last active: unknown</span>;
  return (
    <span class="ledger-time quiet-when">
      Last active{' '}
      <time dateTime={iso} title={fullDate(iso)}>
        {relativeTime(iso)}
      </time>
    </span>
  );
}
