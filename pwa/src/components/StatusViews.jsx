// Shared empty / error / offline states so every screen explains itself.
import { Icon } from './Icon.jsx';

export function EmptyState({ icon = 'feed', title, children }) {
  return (
    <div class="empty-state">
      <span class="empty-icon">
        <Icon name={icon} size={28} />
      </span>
      <p class="empty-title">{title}</p>
      {children && <p class="empty-text">{children}</p>}
    </div>
  );
}

export function ErrorState({ error, onRetry }) {
  return (
    <div class="empty-state" role="alert">
      <span class="empty-icon empty-icon-error">
        <Icon name={error && error.offline ? 'offline' : 'close'} size={28} />
      </span>
      <p class="empty-title">{error && error.offline ? "You're offline" : "That didn't load"}</p>
      <p class="empty-text">{error ? error.message : 'Please try again.'}</p>
      {onRetry && (
        <button type="button" class="btn btn-secondary" onClick={onRetry}>
          <Icon name="refresh" size={18} /> Try again
        </button>
      )}
    </div>
  );
}
