// The advocate's own suggestions, newest first, with what became of each:
// waiting, in the library (with a way to it in the feed), or not taken and why.
import { ErrorState, EmptyState } from '../../components/StatusViews.jsx';
import { relativeTime, fullDate } from '../../lib/relativeTime.js';
import { suggestionStatus } from '../../lib/suggestionDraft.js';

export function MySuggestions({ resource }) {
  if (resource.status === 'loading') {
    return (
      <p class="loading-line" aria-busy="true">
        Loading your suggestions…
      </p>
    );
  }
  if (resource.status === 'error') return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data.length) {
    return (
      <EmptyState icon="link" title="Nothing suggested yet">
        Links you suggest show up here, with what your manager decided.
      </EmptyState>
    );
  }
  return (
    <ul class="suggestion-list" aria-labelledby="my-suggestions-title" data-testid="my-suggestions">
      {resource.data.map((item) => (
        <MySuggestion key={item.id} item={item} />
      ))}
    </ul>
  );
}

function MySuggestion({ item }) {
  const status = suggestionStatus(item.status);
  return (
    <li class="card suggestion" id={`suggestion-${item.id}`} tabIndex={-1} data-suggestion-id={item.id}>
      <p class="suggestion-title">{item.title}</p>
      <a class="suggestion-url" href={item.url} target="_blank" rel="noopener noreferrer">
        {item.url}
      </a>
      <p class="suggestion-comment">{item.comment}</p>
      <p class="suggestion-meta">
        <span class={`chip status-${status.tone}`} data-testid="suggestion-status">
          {status.label}
        </span>
        <time dateTime={item.created_at} title={fullDate(item.created_at)}>
          {relativeTime(item.created_at)}
        </time>
      </p>
      {item.status === 'rejected' && item.reason && (
        <p class="suggestion-reason">
          <strong>Reason:</strong> {item.reason}
        </p>
      )}
      {item.status === 'approved' && item.content_id && (
        <a class="btn btn-secondary btn-small" href={`#/feed/${item.content_id}`}>
          See it in the feed
        </a>
      )}
    </li>
  );
}
