// Asking for your account to be deleted, with what is kept and what goes;
// once asked, the day it happens and a Cancel button (7 days of grace).
import { useRef, useState } from 'preact/hooks';
import { cancelDeletion, fetchDeletion } from '../../api/privacy.js';
import { useResource } from '../../lib/useResource.js';
import { deletionNote } from '../../lib/deletionWords.js';
import { announce } from '../../state/announcer.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { DeleteAccountDialog } from './DeleteAccountDialog.jsx';

export function DeleteAccount() {
  const status = useResource(fetchDeletion, 'deletion');
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState(null);
  const heading = useRef(null);
  if (status.status === 'loading') return <p class="loading-line">Loading…</p>;
  if (status.status === 'error') return <ErrorState error={status.error} onRetry={status.reload} />;

  const settle = (data, words) => {
    status.replace(data);
    setAsking(false);
    announce(words);
    heading.current.focus(); // the button that was pressed is gone
  };
  const cancel = async () => {
    setProblem(null);
    try {
      settle(await cancelDeletion(), 'Deletion cancelled. Your account stays.');
    } catch (err) {
      setProblem(err.message);
    }
  };
  const pending = status.data.requested_at !== null;
  return (
    <div class="card privacy-card" aria-labelledby="delete-title">
      <h2 id="delete-title" tabIndex={-1} ref={heading}>
        Delete my account
      </h2>
      {pending ? (
        <Pending dueAt={status.data.due_at} onCancel={cancel} problem={problem} />
      ) : (
        <Explanation onAsk={() => setAsking(true)} />
      )}
      {asking && (
        <DeleteAccountDialog
          onAsked={(data) => settle(data, deletionNote(data.due_at))}
          onCancel={() => setAsking(false)}
        />
      )}
    </div>
  );
}

function Explanation({ onAsk }) {
  return (
    <>
      <p>
        After you ask, you have 7 days to change your mind: log in and cancel. Then your name, email,
        password, devices, notification settings and the words you wrote (kudos messages, suggestion
        comments) are removed, and you leave every leaderboard.
      </p>
      <p>
        Your points stay in your team's and the company's totals, under “Deleted advocate”, so past
        leaderboards, prizes and figures don't change.
      </p>
      <button type="button" class="btn btn-danger" onClick={onAsk}>
        Delete my account…
      </button>
    </>
  );
}

function Pending({ dueAt, onCancel, problem }) {
  return (
    <>
      <p class="deletion-pending">
        {deletionNote(dueAt)}
      </p>
      <p>Until then you can use Amplify as before.</p>
      {problem && (
        <p class="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="button" class="btn btn-primary" onClick={onCancel}>
        Cancel deletion
      </button>
    </>
  );
}
