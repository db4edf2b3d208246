// A team's managers, several at once, from the organisation's managers and
// admins. A filter appears when the list is long.
import { useState } from 'preact/hooks';
import { ROLE_LABELS } from '../../lib/accountRules.js';
import { toggleManager } from './teamDraft.js';

export function ManagerPicker({ idPrefix, candidates, chosen, onChange, error }) {
  const [filter, setFilter] = useState('');
  const shown = candidates.filter((person) => person.display_name.toLowerCase().includes(filter.trim().toLowerCase()));
  const errorId = `${idPrefix}-managers-error`;
  return (
    <fieldset
      class={`fieldset teams-managers${error ? ' has-error' : ''}`}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>Managers</legend>
      <p class="field-hint">
        {chosen.length ? `${chosen.length} chosen.` : 'None yet.'} Managers see the team's figures and can publish to
        it.
      </p>
      {candidates.length > 8 && (
        <div class="field">
          <label for={`${idPrefix}-manager-filter`}>Find a manager</label>
          <input
            id={`${idPrefix}-manager-filter`}
            type="search"
            autocomplete="off"
            value={filter}
            onInput={(event) => setFilter(event.currentTarget.value)}
          />
        </div>
      )}
      <div class="teams-manager-list">
        {shown.map((person, index) => (
          <label key={person.id} class="check">
            <input
              type="checkbox"
              name="manager_ids"
              value={person.id}
              checked={chosen.includes(person.id)}
              aria-invalid={error && index === 0 ? 'true' : undefined}
              onChange={() => onChange(toggleManager(chosen, person.id))}
            />
            <span>
              {person.display_name} <span class="teams-role">({ROLE_LABELS[person.role] || person.role})</span>
            </span>
          </label>
        ))}
        {!shown.length && (
          <p class="field-hint">{candidates.length ? 'Nobody by that name.' : 'No managers or admins yet.'}</p>
        )}
      </div>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
