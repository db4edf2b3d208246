// Leaders: suggestions waiting for review, oldest first. A decided
// suggestion leaves the queue and focus goes to the queue's heading, so
// keyboard users are not dropped at the top of the page.
import { useRef } from 'preact/hooks';
import { fetchReviewQueue } from '../../api/suggestions.js';
import { useResource } from '../../lib/useResource.js';
import { ErrorState, EmptyState } from '../../components/StatusViews.jsx';
import { ReviewCard } from './ReviewCard.jsx';
import { showToast } from '../../state/toasts.js';

const DONE = {
  approved: (item) => `Approved: “${item.title}” is in the library`,
  rejected: (item) => `Rejected “${item.title}”; ${item.suggester.display_name} will see your reason`,
};

export function ReviewQueue() {
  const queue = useResource(() => fetchReviewQueue('pending'), 'queue');
  const heading = useRef(null);
  const decided = (item, title = item.title) => {
    queue.replace(queue.data.filter((s) => s.id !== item.id));
    showToast({ tone: 'success', title: DONE[item.status]({ ...item, title }) });
    heading.current.focus();
  };

  return (
    <>
      <h2 class="section-title" id="review-title" tabIndex={-1} ref={heading}>
        Waiting for review{queue.data && queue.data.length ? ` (${queue.data.length})` : ''}
      </h2>
      <QueueBody queue={queue} onDecided={decided} />
    </>
  );
}

function QueueBody({ queue, onDecided }) {
  if (queue.status === 'loading') {
    return (
      <p class="loading-line" aria-busy="true">
        Loading suggestions…
      </p>
    );
  }
  if (queue.status === 'error') return <ErrorState error={queue.error} onRetry={queue.reload} />;
  if (!queue.data.length) {
    return (
      <EmptyState icon="check" title="All caught up">
        New suggestions from your people will wait here for you.
      </EmptyState>
    );
  }
  return (
    <ul class="suggestion-list" aria-labelledby="review-title" data-testid="review-queue">
      {queue.data.map((item) => (
        <ReviewCard key={item.id} item={item} onDecided={onDecided} />
      ))}
    </ul>
  );
}
