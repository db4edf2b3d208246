// The advocate's feed of company content to share. #/feed/<id> (a
// notification's link) brings that content into view. Until the advocate
// accepts the guidelines, a banner leads there first; where the app can be
// installed, a card offers it.
import { useEffect } from 'preact/hooks';
import { useStore } from '../../lib/store.js';
import { feed, loadFeed } from '../../state/feed.js';
import { session } from '../../state/session.js';
import { guidelines, mustAcknowledge } from '../../state/guidelines.js';
import { ContentCard } from './ContentCard.jsx';
import { EmptyState, ErrorState } from '../../components/StatusViews.jsx';
import { Icon } from '../../components/Icon.jsx';
import { GuidelinesGate } from '../../components/GuidelinesGate.jsx';
import { InstallCard } from '../../components/InstallOffer.jsx';
import { useRevealContent } from '../../lib/useRevealContent.js';
import { FeedChallenges } from '../challenges/FeedChallenges.jsx';

export function Feed() {
  const state = useStore(feed);
  const { me } = useStore(session);
  const rules = useStore(guidelines);
  const canEdit = Boolean(me && (me.role === 'manager' || me.role === 'admin'));
  const missing = useRevealContent(state);
  useEffect(() => {
    loadFeed();
    // Coming back online is the moment a stale (cached) feed is most likely.
    window.addEventListener('online', loadFeed);
    return () => window.removeEventListener('online', loadFeed);
  }, []);

  return (
    <section class="screen" aria-labelledby="feed-title">
      <div class="screen-header">
        <div>
          <h1 id="feed-title">Your feed</h1>
          <p class="screen-subtitle">Share company content to earn points.</p>
        </div>
        <button
          type="button"
          class="icon-btn"
          aria-label="Refresh feed"
          onClick={loadFeed}
          disabled={state.status === 'loading' || state.status === 'refreshing'}
        >
          <Icon name="refresh" class={state.status === 'refreshing' ? 'spin' : ''} />
        </button>
      </div>
      {mustAcknowledge(rules) && <GuidelinesGate id="feed-gate" />}
      {missing && (
        <p class="feed-note" role="status" data-testid="feed-missing-content">
          That content isn't in your feed any more. It may have expired.
        </p>
      )}
      <FeedChallenges me={me} />
      <FeedBody state={state} canEdit={canEdit} />
      {/* After the content: the browser offers installing a moment after the feed is on screen,
          and a card appearing above it would push the Share buttons from under a thumb. */}
      <InstallCard />
    </section>
  );
}

function FeedBody({ state, canEdit }) {
  if (state.status === 'loading' || state.status === 'idle') return <FeedSkeleton />;
  if (state.status === 'error' && !state.items.length)
    return <ErrorState error={state.error} onRetry={loadFeed} />;
  if (!state.items.length) {
    return (
      <EmptyState title="Nothing to share right now">
        New content from your company will show up here. Check back soon!
      </EmptyState>
    );
  }
  return (
    <div class="feed-list">
      {state.status === 'error' && (
        <p class="inline-error" role="alert">
          Couldn't refresh: {state.error.message}
        </p>
      )}
      {state.items.map((content) => (
        <ContentCard key={content.id} content={content} canEdit={canEdit} />
      ))}
    </div>
  );
}

function FeedSkeleton() {
  return (
    <div class="feed-list" aria-busy="true" aria-label="Loading your feed">
      {[0, 1].map((i) => (
        <div key={i} class="card skeleton" aria-hidden="true">
          <div class="card-media" />
          <div class="card-body">
            <span class="skeleton-line wide" />
            <span class="skeleton-line" />
            <span class="skeleton-line short" />
          </div>
        </div>
      ))}
    </div>
  );
}
