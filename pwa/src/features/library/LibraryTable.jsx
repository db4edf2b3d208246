// The library from 1024 px: a table sorted by the server. A row opens the
// item's panel; the title is the row's button, so the keyboard reaches it.
import { nextSort, sortState } from '../../lib/libraryQuery.js';
import { targetsText } from '../../lib/audienceWords.js';
import { PublishTime, StateChip, Thumb } from './ItemBits.jsx';

export function LibraryTable({ items, teams, sort, onSort, onOpen, openId }) {
  const sortable = (column, label) => (
    <th scope="col" aria-sort={sortState(sort, column)}>
      <button type="button" class="sort-btn" onClick={() => onSort(nextSort(sort, column))}>
        {label}
        <span class="sort-mark" aria-hidden="true">
          {{ ascending: '▲', descending: '▼', none: '↕' }[sortState(sort, column)]}
        </span>
      </button>
    </th>
  );
  return (
    <table class="library-table" aria-labelledby="library-title">
      <thead>
        <tr>
          {sortable('title', 'Title')}
          <th scope="col">State</th>
          {sortable('publish_at', 'Publish time')}
          <th scope="col">Targets</th>
          <th scope="col">Author</th>
          <th scope="col">Tags</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} class={item.id === openId ? 'is-open' : ''} onClick={() => onOpen(item.id)} data-content-id={item.id}>
            <td class="library-title-cell">
              <Thumb item={item} />
              <button type="button" class="row-open" onClick={(e) => (e.stopPropagation(), onOpen(item.id))}>
                {item.title}
              </button>
            </td>
            <td>
              <StateChip state={item.state} />
            </td>
            <td>
              <PublishTime item={item} />
            </td>
            <td>{targetsText(item.target_team_ids, teams)}</td>
            <td class="nowrap-cell">{item.author ? item.author.display_name : '—'}</td>
            <td>
              <Tags tags={item.tags} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Tags({ tags }) {
  if (!tags || !tags.length) return <span class="muted-cell">—</span>;
  return (
    <span class="tag-list">
      {tags.map((tag) => (
        <span class="tag" key={tag}>
          {tag}
        </span>
      ))}
    </span>
  );
}
