// The publishing form as a library screen: empty for #/library/new, loaded
// with the item for #/library/<id>. Saving says what really happened
// ("Scheduled for Tue 8 Dec, 09:00") and goes back to the item's tab.
import { fetchContent } from '../../api/content.js';
import { navigate } from '../../lib/router.js';
import { useResource } from '../../lib/useResource.js';
import { clearFeed } from '../../state/feed.js';
import { showToast } from '../../state/toasts.js';
import { savedToast, stateOf } from '../../lib/publishWords.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { ContentForm } from './ContentForm.jsx';

export function ContentEditor({ id = null }) {
  const item = useResource(() => (id ? fetchContent(id) : Promise.resolve(null)), id);
  const backToTab = (state) => navigate(`library${state ? `?tab=${state}` : ''}`);
  const saved = (answer) => {
    showToast({ tone: 'success', ...savedToast(answer, { edited: Boolean(id) }) });
    clearFeed();
    backToTab(stateOf(answer));
  };
  const original = item.data;
  return (
    <section class="screen content-editor" aria-labelledby="editor-title">
      <div class="screen-header">
        <div>
          <a class="back-link" href="#/library">
            ← Content library
          </a>
          <h1 id="editor-title">{id ? 'Edit content' : 'New content'}</h1>
          {original && <p class="screen-subtitle">{original.title}</p>}
          {!id && <p class="screen-subtitle">Publish something for advocates to share.</p>}
        </div>
      </div>
      {item.status === 'loading' && <p class="loading-line">Loading…</p>}
      {item.status === 'error' && <ErrorState error={item.error} onRetry={item.reload} />}
      {item.status === 'ready' && (
        <ContentForm original={original} onSaved={saved} onCancel={() => backToTab(original && stateOf(original))} />
      )}
    </section>
  );
}
