// Publishing asks first: what changes against the rules in force (POST
// /rules/diff with the draft), and a one-line reason kept in the version
// history. The server's word on the reason shows at the field; problems
// with the rules themselves close the dialog and show at their items.
import { useEffect, useState } from 'preact/hooks';
import { FormDialog } from '../../components/FormDialog.jsx';
import { diffDraft } from '../../api/rules.js';
import { sendableDocument } from '../../lib/ruleDraft.js';
import { DiffList } from './DiffList.jsx';

export function PublishDialog({ draft, onPublish, onCancel }) {
  const diff = useDraftDiff(draft);
  return (
    <FormDialog
      id="publish-rules"
      className="publish-dialog"
      title="Publish these rules?"
      description="They score every event from now on. Advocates keep the points they already have."
      field="reason"
      actions={{ cancel: 'Keep editing', submit: 'Publish' }}
      onSubmit={(data) => onPublish(String(data.get('reason') || '').trim())}
      onCancel={onCancel}
    >
      {(error) => (
        <>
          <h3 class="subsection-title">What changes</h3>
          <DiffBody diff={diff} />
          <div class={`field${error ? ' has-error' : ''}`}>
            <label for="publish-reason">Why are you publishing? (one line)</label>
            <p class="field-hint" id="publish-reason-hint">
              Kept in the version history, e.g. "Launch week: double LinkedIn bonus".
            </p>
            <input
              id="publish-reason"
              name="reason"
              maxLength={200}
              autocomplete="off"
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={`publish-reason-hint${error ? ' publish-reason-error' : ''}`}
            />
            {error && (
              <p class="field-error" id="publish-reason-error">
                {error}
              </p>
            )}
          </div>
        </>
      )}
    </FormDialog>
  );
}

function DiffBody({ diff }) {
  if (diff.status === 'loading') return <p class="loading-line">Comparing with the rules in force…</p>;
  if (diff.status === 'error') return <p class="field-hint">The changes couldn't be listed ({diff.error.message}).</p>;
  return <DiffList changes={diff.changes} empty="Nothing differs from the rules in force." />;
}

function useDraftDiff(draft) {
  const [diff, setDiff] = useState({ status: 'loading', changes: [], error: null });
  useEffect(() => {
    diffDraft(sendableDocument(draft)).then(
      (answer) => setDiff({ status: 'ready', changes: answer.changes || [], error: null }),
      (error) => setDiff({ status: 'error', changes: [], error }),
    );
  }, []);
  return diff;
}
