// The recognition feed: who recognised whom, their words, the points and
// when. Each item can take focus (the one just given does).
import { ErrorState, EmptyState } from '../../components/StatusViews.jsx';
import { relativeTime, fullDate } from '../../lib/relativeTime.js';
import { pointsLabel } from '../../lib/pointsLabel.js';

export function KudosFeed({ resource, me }) {
  if (resource.status === 'loading') {
    return (
      <p class="loading-line" aria-busy="true">
        Loading kudos…
      </p>
    );
  }
  if (resource.status === 'error') return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data.length) {
    return (
      <EmptyState icon="star" title="No kudos yet">
        When a manager recognises someone, it shows up here for everyone to see.
      </EmptyState>
    );
  }
  return (
    <ol class="kudos-list" aria-labelledby="kudos-feed-title" data-testid="kudos-feed">
      {resource.data.map((kudos) => (
        <KudosItem key={kudos.id} kudos={kudos} me={me} />
      ))}
    </ol>
  );
}

function KudosItem({ kudos, me }) {
  const toMe = kudos.receiver.id === me.id;
  return (
    <li class={`kudos card${toMe ? ' is-mine' : ''}`} id={`kudos-${kudos.id}`} tabIndex={-1}>
      <p class="kudos-who">
        <strong>{kudos.giver.display_name}</strong> recognised{' '}
        <strong>{toMe ? 'you' : kudos.receiver.display_name}</strong>
      </p>
      <blockquote class="kudos-message">{kudos.message}</blockquote>
      <p class="kudos-meta">
        <time dateTime={kudos.created_at} title={fullDate(kudos.created_at)}>
          {relativeTime(kudos.created_at)}
        </time>
        {kudos.points > 0 && <span class="chip kudos-points">{pointsLabel(kudos.points)}</span>}
      </p>
    </li>
  );
}
