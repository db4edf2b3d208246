// "Live" while the board's room is joined on a connected socket, else "Paused".
import { useStore } from '../../lib/store.js';
import { connection } from '../../realtime/socket.js';

export function LiveBadge({ failed }) {
  const status = useStore(connection);
  const live = status === 'live' && !failed;
  return (
    <span
      class={`live-badge${live ? ' is-live' : ''}`}
      title={live ? 'Updates automatically' : 'Live updates paused'}
    >
      <span class="live-dot" aria-hidden="true" />
      {live ? 'Live' : 'Paused'}
    </span>
  );
}
