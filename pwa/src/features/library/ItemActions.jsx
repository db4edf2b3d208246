// What can be done with a library item. Each action asks the server, says
// what happened in a toast and refreshes the list; deleting a draft asks
// first, because it can't be undone.
import { useState } from 'preact/hooks';
import { archiveContent, deleteContent, duplicateContent, restoreContent } from '../../api/content.js';
import { navigate } from '../../lib/router.js';
import { clearFeed } from '../../state/feed.js';
import { showToast } from '../../state/toasts.js';

export function ItemActions({ item, onPreview, onChanged }) {
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState(null);
  const act = (request, title, after = onChanged) => async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await request(item.id);
      showToast({ tone: 'success', title, detail: item.title });
      clearFeed();
      after(answer);
    } catch (err) {
      setError(err.message);
      setBusy(false);
    }
  };
  const archived = item.state === 'archived';
  return (
    <div class="item-actions">
      <div class="item-actions-row">
        <a class="btn btn-primary" href={`#/library/${item.id}`}>
          Edit
        </a>
        <button type="button" class="btn btn-secondary" onClick={onPreview}>
          Preview as an advocate
        </button>
        <button type="button" class="btn btn-secondary" disabled={busy} onClick={act(duplicateContent, 'Copied as a new draft', (copy) => navigate(`library/${copy.id}`))}>
          Duplicate
        </button>
        {archived ? (
          <button type="button" class="btn btn-secondary" disabled={busy} onClick={act(restoreContent, 'Restored as a draft')}>
            Restore
          </button>
        ) : (
          <button type="button" class="btn btn-secondary" disabled={busy} onClick={act(archiveContent, 'Archived')}>
            Archive
          </button>
        )}
        {item.state === 'draft' && !confirming && (
          <button type="button" class="btn btn-danger" disabled={busy} onClick={() => setConfirming(true)}>
            Delete
          </button>
        )}
      </div>
      {confirming && (
        <div class="delete-confirm" role="group" aria-labelledby="delete-question">
          <p id="delete-question">Delete this draft for good? This can't be undone.</p>
          <div class="item-actions-row">
            <button type="button" class="btn btn-secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
            <button type="button" class="btn btn-danger" disabled={busy} onClick={act(deleteContent, 'Draft deleted')}>
              Delete draft
            </button>
          </div>
        </div>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
