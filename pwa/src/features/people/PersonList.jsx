// The compact list below 1024 px: one button per person (name, email, role,
// team, state) opening their panel in place of the list.
import { ROLE_LABELS } from '../../lib/accountRules.js';
import { StateChip } from './PeopleTable.jsx';

export function PersonList({ people, onOpen }) {
  return (
    <ul class="account-list">
      {people.map((person) => (
        <li key={person.id} data-person-email={person.email}>
          <button
            type="button"
            class={`card account-card person-row${person.active ? '' : ' is-inactive'}`}
            id={`person-${person.id}`}
            onClick={() => onOpen(person)}
          >
            <span class="account-card-name">{person.display_name}</span>
            <span class="account-card-meta account-card-email">{person.email}</span>
            <span class="account-card-meta">
              {ROLE_LABELS[person.role] || person.role}
              {person.team ? ` · ${person.team.name}` : ''} <StateChip person={person} />
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
