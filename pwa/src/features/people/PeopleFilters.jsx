// Search (as you type, after a pause) and the team, role and state filters.
import { ROLE_LABELS } from '../../lib/accountRules.js';
import { SelectField } from '../../components/SelectField.jsx';

const STATES = [
  { value: '', label: 'Everyone' },
  { value: 'active', label: 'Active' },
  { value: 'deactivated', label: 'Deactivated' },
];

export function PeopleFilters({ query, typed, onType, onChange, teams }) {
  const teamOptions = [
    { value: '', label: 'Every team' },
    { value: '0', label: 'No team' },
    ...teams.map((team) => ({ value: team.id, label: team.name })),
  ];
  const roleOptions = [
    { value: '', label: 'Every role' },
    ...Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label })),
  ];
  return (
    <form class="people-filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <div class="field people-search">
        <label for="people-search">Search people</label>
        <input
          id="people-search"
          type="search"
          placeholder="Name or email"
          autocomplete="off"
          value={typed}
          onInput={(event) => onType(event.currentTarget.value)}
        />
      </div>
      <SelectField
        label="Team"
        name="filter-team"
        value={query.team}
        options={teamOptions}
        onChange={(team) => onChange({ team })}
      />
      <SelectField
        label="Role"
        name="filter-role"
        value={query.role}
        options={roleOptions}
        onChange={(role) => onChange({ role })}
      />
      <SelectField
        label="State"
        name="filter-state"
        value={query.state}
        options={STATES}
        onChange={(state) => onChange({ state })}
      />
    </form>
  );
}
