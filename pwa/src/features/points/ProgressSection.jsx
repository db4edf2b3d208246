// My points → level, streak and badge gallery. Watches the shared progress
// store, so a badge pushed while this is open shows up without a reload.
import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '../../lib/store.js';
import { progress, watchProgress, loadProgress, refreshProgressIfWatched } from '../../state/progress.js';
import { LevelProgress } from './LevelProgress.jsx';
import { StreakSummary } from './StreakSummary.jsx';
import { BadgeGallery } from './BadgeGallery.jsx';
import { Icon } from '../../components/Icon.jsx';

export function ProgressSection({ total }) {
  const state = useStore(progress);
  useEffect(() => watchProgress(), []);
  useRefetchOnChange(total);

  if (state.status === 'error') {
    return (
      <div class="inline-error progress-error" role="alert">
        <p>Your level and badges couldn't be loaded: {state.error.message}</p>
        <button type="button" class="btn btn-secondary btn-small" onClick={loadProgress}>
          <Icon name="refresh" size={16} /> Try again
        </button>
      </div>
    );
  }
  if (!state.data) {
    return (
      <>
        <h2 class="section-title">Progress</h2>
        <p class="loading-line progress-loading" aria-busy="true">
          Loading your progress…
        </p>
      </>
    );
  }
  const { level, streak, badges } = state.data;
  return (
    <>
      <h2 class="section-title">Progress</h2>
      <div class="progress-cards">
        <LevelProgress level={level} />
        <StreakSummary streak={streak} />
      </div>
      <BadgeGallery badges={badges || []} />
    </>
  );
}

// Points moving (a share here, a push from another device) can mean a new
// level; the mount itself is already covered by watchProgress().
function useRefetchOnChange(total) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else refreshProgressIfWatched();
  }, [total]);
}
