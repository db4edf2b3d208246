// One person, opened from the list: who they are, a form to change their role
// (admins), team, department, location and manager, and the account actions.
// Wide, it slides over the table's right side and Escape closes it; on a phone
// it takes the list's place. Focus starts on their name.
import { useEffect, useRef } from 'preact/hooks';
import { mayManage } from '../../lib/accountRules.js';
import { shortDate } from '../../lib/accountDates.js';
import { Icon } from '../../components/Icon.jsx';
import { StateChip } from './PeopleTable.jsx';
import { PersonForm } from './PersonForm.jsx';
import { PersonActions } from './PersonActions.jsx';

export function PersonPanel({ me, person, teams, leaders, wide, onChanged, onClose }) {
  const heading = useRef(null);
  useEffect(() => heading.current.focus(), [person.id]);
  useEscape(wide, onClose);
  const manageable = mayManage(me, person);
  return (
    <aside
      class={`person-panel${wide ? ' is-wide' : ''}`}
      aria-labelledby="person-panel-title"
      data-person-email={person.email}
    >
      <div class="person-panel-header">
        {!wide && (
          <button type="button" class="btn btn-secondary person-panel-back" onClick={onClose}>
            Back to people
          </button>
        )}
        <h2 id="person-panel-title" tabIndex={-1} ref={heading}>
          {person.display_name}
        </h2>
        {wide && (
          <button type="button" class="icon-btn" aria-label="Close" onClick={onClose}>
            <Icon name="close" />
          </button>
        )}
      </div>
      <p class="account-card-meta account-card-email">{person.email}</p>
      <p class="account-card-meta">
        <StateChip person={person} /> Added {shortDate(person.created_at)}
      </p>
      {manageable ? (
        <PersonForm me={me} person={person} teams={teams} leaders={leaders} onChanged={onChanged} />
      ) : (
        <p class="field-hint">{person.id === me.id ? 'This is you.' : "You can't change this person."}</p>
      )}
      {manageable && <PersonActions me={me} person={person} onChanged={onChanged} />}
    </aside>
  );
}

/** Escape closes the wide panel, wherever focus is (a button it replaced leaves it on the page),
 * unless a modal sheet is open: that Escape is the sheet's. */
function useEscape(wide, onClose) {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    if (!wide) return undefined;
    const onKeyDown = (event) => {
      if (event.key === 'Escape' && !document.querySelector('[aria-modal="true"]')) close.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [wide]);
}
