// The teams as a table: every column sorts by its header's button; a team's
// name opens its panel (so does a click anywhere on its row).
import { COLUMNS, managerNames, nextSort, sortDirection, teamState } from './teamWords.js';

const arrow = (direction) => ({ ascending: '▲', descending: '▼' })[direction] || '';

export function TeamTable({ teams, sort, onSort, openId, onOpen }) {
  return (
    <div class="teams-table-box" role="region" aria-labelledby="teams-caption" tabIndex={0}>
      <table class="teams-table">
        <caption id="teams-caption" class="sr-only">
          Teams, sorted by {sortCaption(sort)}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col" aria-sort={sortDirection(sort, column.key)}>
                <button type="button" class="teams-sort" onClick={() => onSort(nextSort(sort, column.key))}>
                  {column.label}
                  <span class="teams-sort-mark" aria-hidden="true">
                    {arrow(sortDirection(sort, column.key))}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {teams.map((team) => (
            <tr
              key={team.id}
              class={`${team.archived_at ? 'is-archived' : ''}${team.id === openId ? ' is-open' : ''}`}
              data-team={team.name}
              onClick={() => onOpen(team)}
            >
              <th scope="row">
                <button
                  type="button"
                  class="teams-name"
                  id={`team-${team.id}`}
                  aria-expanded={team.id === openId ? 'true' : 'false'}
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(team);
                  }}
                >
                  {team.name}
                </button>
              </th>
              <td>{team.department || '—'}</td>
              <td>{team.location || '—'}</td>
              <td class="teams-number">{team.people}</td>
              <td>{managerNames(team) || '—'}</td>
              <td>
                <span class={`chip ${team.archived_at ? 'teams-chip-archived' : 'chip-success'}`}>
                  {teamState(team)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function sortCaption(sort) {
  const key = sort.replace(/^-/, '');
  const label = (COLUMNS.find((column) => column.key === key) || COLUMNS[0]).label.toLowerCase();
  return `${label}, ${sort.startsWith('-') ? 'descending' : 'ascending'}`;
}
