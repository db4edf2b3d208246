// The library below 1024 px: one compact row per item (thumbnail, title,
// state and when), a button that opens the item's panel.
import { targetsText } from '../../lib/audienceWords.js';
import { PublishTime, StateChip, Thumb } from './ItemBits.jsx';

export function LibraryCards({ items, teams, onOpen }) {
  return (
    <ul class="library-cards">
      {items.map((item) => (
        <li key={item.id} data-content-id={item.id}>
          <button type="button" class="library-card" onClick={() => onOpen(item.id)}>
            <Thumb item={item} />
            <span class="library-card-text">
              <span class="library-card-title">{item.title}</span>
              <span class="library-card-meta">
                <StateChip state={item.state} /> <PublishTime item={item} />
              </span>
              <span class="library-card-meta">
                {targetsText(item.target_team_ids, teams)}
                {item.author && ` · ${item.author.display_name}`}
              </span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
