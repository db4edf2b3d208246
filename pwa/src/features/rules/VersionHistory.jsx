// Published rule-set versions, newest first. Older ones can be rolled back
// to, which publishes a copy of them as the newest version.
import { fullDate } from '../../lib/relativeTime.js';

export function VersionHistory({ versions, currentVersion, busy, onRollback }) {
  return (
    <section class="versions" aria-labelledby="versions-title">
      <h2 class="section-title" id="versions-title">
        Version history
      </h2>
      {versions.status === 'loading' && <p class="loading-line">Loading versions…</p>}
      {versions.status === 'error' && (
        <p class="inline-error" role="alert">
          Version history couldn't be loaded: {versions.error.message}
        </p>
      )}
      {versions.items.length > 0 && (
        <ol class="version-list">
          {versions.items.map((item) => (
            <VersionRow
              key={item.version}
              item={item}
              isCurrent={item.version === currentVersion}
              canRollBack={item.version < currentVersion}
              busy={busy}
              onRollback={onRollback}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function VersionRow({ item, isCurrent, canRollBack, busy, onRollback }) {
  const who = item.published_by ? ` · by ${item.published_by}` : '';
  return (
    <li class="version-row" data-version={item.version} aria-current={isCurrent ? 'true' : undefined}>
      <div class="version-text">
        <p class="version-name">
          Version {item.version}
          {isCurrent && <span class="version-tag"> In force</span>}
        </p>
        <p class="version-meta">
          From {fullDate(item.effective_from)} · {item.rules} {item.rules === 1 ? 'rule' : 'rules'}
          {who}
        </p>
      </div>
      {canRollBack && (
        <button
          type="button"
          class="btn btn-secondary btn-small"
          disabled={busy}
          onClick={() => onRollback(item.version)}
        >
          Roll back to v{item.version}
        </button>
      )}
    </li>
  );
}
