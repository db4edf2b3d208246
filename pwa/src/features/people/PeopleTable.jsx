// The wide table (1024 px and up): every column sortable by its header's
// button, the name opening the person's panel (so does a click anywhere on
// the row).
import { ROLE_LABELS } from '../../lib/accountRules.js';
import { nextSort, sortDirection } from './peopleQuery.js';

const COLUMNS = [
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'role', label: 'Role' },
  { key: 'team', label: 'Team' },
  { key: 'department', label: 'Department' },
  { key: 'location', label: 'Location' },
  { key: 'state', label: 'State' },
];
// The columns the server sorts by (GET /people's `sort`).
const SORTABLE = new Set(['name', 'email', 'role', 'team']);

export function PeopleTable({ people, sort, onSort, openId, onOpen }) {
  return (
    <table class="people-table">
      <caption class="sr-only">People, sorted by {sortCaption(sort)}</caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <ColumnHeader key={column.key} column={column} sort={sort} onSort={onSort} />
          ))}
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr
            key={person.id}
            class={`${person.active ? '' : 'is-inactive'}${person.id === openId ? ' is-open' : ''}`}
            data-person-email={person.email}
            onClick={() => onOpen(person)}
          >
            <th scope="row">
              {/* Its click reaches the row's; the button is there for the keyboard and screen readers. */}
              <button type="button" class="people-name" id={`person-${person.id}`}>
                {person.display_name}
              </button>
            </th>
            <td class="people-email">{person.email}</td>
            <td>{ROLE_LABELS[person.role] || person.role}</td>
            <td>{person.team ? person.team.name : '—'}</td>
            <td>{person.department || '—'}</td>
            <td>{person.location || '—'}</td>
            <td>
              <StateChip person={person} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ColumnHeader({ column, sort, onSort }) {
  if (!SORTABLE.has(column.key)) {
    return (
      <th scope="col">
        <span class="people-sort">{column.label}</span>
      </th>
    );
  }
  const direction = sortDirection(sort, column.key);
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" class="people-sort" onClick={() => onSort(nextSort(sort, column.key))}>
        {column.label}
        <span class="people-sort-mark" aria-hidden="true">
          {arrow(direction)}
        </span>
      </button>
    </th>
  );
}

/** Active, deactivated, or invited (imported, not yet signed up). */
export function StateChip({ person }) {
  if (!person.active) return <span class="chip chip-muted">Deactivated</span>;
  if (person.invitation_id) return <span class="chip chip-pending">Invited</span>;
  return <span class="chip chip-success">Active</span>;
}

const arrow = (direction) => ({ ascending: '▲', descending: '▼' })[direction] || '';

function sortCaption(sort) {
  if (!sort) return 'state, then name';
  const key = sort.replace(/^-/, '');
  const label = (COLUMNS.find((c) => c.key === key) || COLUMNS[0]).label.toLowerCase();
  return `${label}, ${sort.startsWith('-') ? 'descending' : 'ascending'}`;
}
