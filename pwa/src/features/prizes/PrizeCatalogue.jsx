// The prize manager's catalogue for one month and scope: each prize with
// Edit and Delete, and Add a prize. Once the month is awarded the prizes
// are final and only shown.
import { useEffect, useRef, useState } from 'preact/hooks';
import { announce } from '../../state/announcer.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { PrizeCard } from './PrizeCard.jsx';
import { PrizeForm } from './PrizeForm.jsx';
import { Icon } from '../../components/Icon.jsx';

export function PrizeCatalogue({ catalogue, teamNames, locked, monthName, onChanged }) {
  const [editing, setEditing] = useState(null); // a prize id, 'new' or null
  if (catalogue.status === 'loading') return <p class="loading-line">Loading prizes…</p>;
  if (catalogue.status === 'error') return <ErrorState error={catalogue.error} onRetry={catalogue.reload} />;

  const save = async (draft, prize) => {
    const saved = await catalogue.save(draft, prize);
    setEditing(null);
    announce(prize ? `Saved ${saved.title}.` : `Added ${saved.title}.`);
    onChanged();
  };
  return (
    <div class="prize-catalogue">
      {!catalogue.items.length && editing !== 'new' && (
        <p class="muted-line">No prizes for {monthName} yet.</p>
      )}
      <ul class="prize-list">
        {catalogue.items.map((prize) => (
          <li key={prize.id}>
            {editing === prize.id ? (
              <div class="card prize-editor">
                <PrizeForm prize={prize} onSave={save} onCancel={() => setEditing(null)} />
              </div>
            ) : (
              <PrizeCard prize={prize} teamNames={teamNames}>
                {!locked && (
                  <PrizeActions
                    prize={prize}
                    catalogue={catalogue}
                    onEdit={() => setEditing(prize.id)}
                    onChanged={onChanged}
                  />
                )}
              </PrizeCard>
            )}
          </li>
        ))}
      </ul>
      {!locked &&
        (editing === 'new' ? (
          <div class="card prize-editor">
            <h3 class="prize-title">New prize for {monthName}</h3>
            <PrizeForm onSave={save} onCancel={() => setEditing(null)} />
          </div>
        ) : (
          <button type="button" class="btn btn-secondary btn-block" onClick={() => setEditing('new')}>
            <Icon name="plus" size={18} /> Add a prize
          </button>
        ))}
    </div>
  );
}

// Delete asks once more in place: a second tap on "Yes, delete" removes it.
function PrizeActions({ prize, onEdit, catalogue, onChanged }) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState(null);
  const actions = useRef(null);
  const arrived = useRef(false);
  // The tapped button is replaced: keep keyboard focus on the choice that took its place.
  // Not on arrival: that focused the first Edit button and scrolled the manager down to it.
  useEffect(() => {
    if (!arrived.current) {
      arrived.current = true;
      return;
    }
    if (actions.current && actions.current.contains(document.activeElement) === false && asking !== null) {
      const first = actions.current.querySelector('button');
      if (first && document.activeElement === document.body) first.focus();
    }
  }, [asking]);
  const remove = async () => {
    try {
      await catalogue.remove(prize);
      announce(`Deleted ${prize.title}.`);
      onChanged();
    } catch (err) {
      setError(err.message);
    }
  };
  return (
    <div class="prize-actions" ref={actions}>
      {asking ? (
        <>
          <button type="button" class="btn btn-primary btn-small" onClick={remove}>
            Yes, delete {prize.title}
          </button>
          <button type="button" class="btn btn-secondary btn-small" onClick={() => setAsking(false)}>
            Keep it
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            class="btn btn-secondary btn-small"
            aria-label={`Edit ${prize.title}`}
            onClick={onEdit}
          >
            Edit
          </button>
          <button
            type="button"
            class="btn btn-secondary btn-small"
            aria-label={`Delete ${prize.title}`}
            onClick={() => setAsking(true)}
          >
            Delete
          </button>
        </>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
