// After the import: invitations go out in the background, and this bar follows
// them, asking the server every second until the run says it has finished.
import { useEffect } from 'preact/hooks';
import { fetchImport } from './peopleApi.js';
import { importedSummary, progressLabel } from './importRows.js';

const POLL_MS = 1000;

export function ImportProgress({ run, onRun, onAgain }) {
  const finished = Boolean(run.finished_at);
  useEffect(() => {
    if (finished) return undefined;
    const timer = setTimeout(() => fetchImport(run.id).then(onRun, () => onRun({ ...run })), POLL_MS);
    return () => clearTimeout(timer);
  }, [run, finished]);
  const total = run.invitations_total || 0;
  return (
    <section class="card import-progress" id="import-progress" aria-labelledby="import-progress-title">
      <h2 id="import-progress-title">{finished ? 'Import finished' : 'Importing'}</h2>
      <p>{importedSummary(run.counts)}</p>
      <label for="import-progress-bar" id="import-progress-label" tabIndex={-1}>
        {progressLabel(run)}
      </label>
      <progress id="import-progress-bar" max={Math.max(total, 1)} value={finished && !total ? 1 : run.invitations_sent || 0}>
        {run.invitations_sent || 0} of {total}
      </progress>
      <p class="sr-only" role="status">
        {finished ? progressLabel(run) : ''}
      </p>
      {finished && (
        <div class="account-card-actions">
          <a class="btn btn-primary" href="#/people">
            See people
          </a>
          <button type="button" class="btn btn-secondary" onClick={onAgain}>
            Import another file
          </button>
        </div>
      )}
    </section>
  );
}
