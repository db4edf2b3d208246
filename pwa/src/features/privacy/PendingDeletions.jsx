// Admins: accounts waiting out their 7 days before deletion, soonest first,
// each with "Delete now" (asked once more before it happens).
import { useRef, useState } from 'preact/hooks';
import { carryOutDeletion, fetchPendingDeletions } from '../../api/privacy.js';
import { useResource } from '../../lib/useResource.js';
import { announce } from '../../state/announcer.js';
import { ErrorState } from '../../components/StatusViews.jsx';

const day = (at) => new Date(at).toLocaleDateString('en-GB', { day: 'numeric', month: 'long' });

export function PendingDeletions() {
  const pending = useResource(fetchPendingDeletions, 'pending-deletions');
  const heading = useRef(null);
  const [problem, setProblem] = useState(null);
  const carryOut = async (person) => {
    setProblem(null);
    try {
      await carryOutDeletion(person.id);
      announce(`${person.display_name}'s account was deleted.`);
      await pending.reload();
      heading.current.focus(); // the row and its buttons are gone
    } catch (err) {
      setProblem(err.message);
    }
  };
  return (
    <div class="card privacy-card">
      <h2 tabIndex={-1} ref={heading}>
        Pending deletions
      </h2>
      {pending.status === 'loading' && <p class="loading-line">Loading…</p>}
      {pending.status === 'error' && <ErrorState error={pending.error} onRetry={pending.reload} />}
      {pending.data && pending.data.length === 0 && <p>Nobody has asked for their account to be deleted.</p>}
      {problem && (
        <p class="form-error" role="alert">
          {problem}
        </p>
      )}
      {pending.data && pending.data.length > 0 && (
        <ul class="deletion-list">
          {pending.data.map((person) => (
            <PendingRow key={person.id} person={person} onCarryOut={carryOut} />
          ))}
        </ul>
      )}
    </div>
  );
}

function PendingRow({ person, onCarryOut }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <li class="deletion-row">
      <p class="deletion-who">
        <strong>{person.display_name}</strong> {person.team ? `· ${person.team.name}` : ''}
        <span class="deletion-meta">
          {person.email} · asked {day(person.requested_at)}, due {day(person.due_at)}
        </span>
      </p>
      {confirming ? (
        <div class="dialog-actions" role="group" aria-label={`Delete ${person.display_name} now?`}>
          <button type="button" class="btn btn-secondary" onClick={() => setConfirming(false)}>
            Keep for now
          </button>
          <button type="button" class="btn btn-danger" onClick={() => onCarryOut(person)}>
            Yes, delete {person.display_name} now
          </button>
        </div>
      ) : (
        <button type="button" class="btn btn-secondary" onClick={() => setConfirming(true)}>
          Delete now…
        </button>
      )}
    </li>
  );
}
