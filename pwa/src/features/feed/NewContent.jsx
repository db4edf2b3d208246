// Publishing form for managers and admins at #/new (the tab bar's "New").
// The form itself is the library's (features/library/ContentForm.jsx), so
// #/new and #/library/new are the same; loaded on demand (see App.jsx), so
// advocates never download it.
import { navigate } from '../../lib/router.js';
import { clearFeed } from '../../state/feed.js';
import { showToast } from '../../state/toasts.js';
import { savedToast, stateOf } from '../../lib/publishWords.js';
import { ContentForm } from '../library/ContentForm.jsx';
import '../library/library.css';

export default function NewContent() {
  const saved = (item) => {
    showToast({ tone: 'success', ...savedToast(item) });
    clearFeed();
    // Out now: the feed shows it. Scheduled or a draft: the library's tab for it does.
    const state = stateOf(item);
    navigate(state === 'published' ? 'feed' : `library?tab=${state}`);
  };
  return (
    <section class="screen content-editor" aria-labelledby="new-title">
      <div class="screen-header">
        <div>
          <h1 id="new-title">New content</h1>
          <p class="screen-subtitle">Publish something for advocates to share.</p>
        </div>
      </div>
      <ContentForm onSaved={saved} />
    </section>
  );
}
