// Small pieces the library's table, list and panel share: the thumbnail,
// the state chip and the publish-time line.
import { publishLine } from '../../lib/publishWords.js';

const STATE_LABELS = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published', expired: 'Expired', archived: 'Archived' };

export function Thumb({ item }) {
  if (!item.image_url) return <span class="library-thumb library-thumb-empty" aria-hidden="true" />;
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
