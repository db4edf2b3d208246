// Small pieces the library's table, list and panel share: the thumbnail,
// the state chip and the publish-time line.
import { Icon } from '../../components/Icon.jsx';
import { publishLine } from '../../lib/publishWords.js';

const STATE_LABELS = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published', expired: 'Expired', archived: 'Archived' };

export function Thumb({ item }) {
  // An icon, so a missing image doesn't look like one that failed to load.
  if (!item.image_url) {
    return (
      <span class="library-thumb library-thumb-empty" aria-hidden="true">
        <Icon name="link" size={18} />
      </span>
    );
  }
  return <img class="library-thumb" src={item.image_url} alt="" loading="lazy" decoding="async" />;
}

export function StateChip({ state }) {
  return <span class={`state-chip state-${state}`}>{STATE_LABELS[state] || state}</span>;
}

export function PublishTime({ item }) {
  return (
    <time class="publish-time" dateTime={item.publish_at} data-testid="publish-time">
      {publishLine(item)}
    </time>
  );
}
