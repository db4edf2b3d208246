// The admin's "Rewards" tab: what is in the store (or archived), with Add,
// edit, archive (or delete when never redeemed) and restore.
import { useState } from 'preact/hooks';
import { useResource } from '../../lib/useResource.js';
import { showToast } from '../../state/toasts.js';
import { EmptyState, ErrorState } from '../../components/StatusViews.jsx';
import { Icon } from '../../components/Icon.jsx';
import { archiveReward, fetchRewards, restoreReward } from './rewardsApi.js';
import { RewardsTable } from './RewardsTable.jsx';
import { RewardDialog } from './RewardDialog.jsx';

export function RewardsTab() {
  const [archived, setArchived] = useState(false);
  const rewards = useResource(() => fetchRewards(archived), archived);
  const [editing, setEditing] = useState(null); // a reward, 'new', or null
  const act = async (call, reward, title) => {
    try {
      const answer = await call(reward.id);
      showToast({ tone: 'success', title: title(answer) });
      rewards.reload();
    } catch (err) {
      showToast({ tone: 'error', title: "That didn't work", detail: err.message });
    }
  };
  const archive = (reward) =>
    act(archiveReward, reward, (answer) =>
      answer && answer.archived ? `Archived ${reward.title}: it left the store` : `Deleted ${reward.title}`,
    );
  const restore = (reward) => act(restoreReward, reward, () => `${reward.title} is back in the store`);
  const saved = (reward, added) => {
    setEditing(null);
    showToast({ tone: 'success', title: added ? `Added ${reward.title} to the store` : `Saved ${reward.title}` });
    rewards.reload();
  };
  return (
    <>
      <div class="reward-toolbar">
        <div class="reward-toggle" role="group" aria-label="Which rewards">
          {[false, true].map((value) => (
            <button
              key={String(value)}
              type="button"
              class="btn btn-secondary btn-small"
              aria-pressed={archived === value ? 'true' : 'false'}
              onClick={() => setArchived(value)}
            >
              {value ? 'Archived' : 'In the store'}
            </button>
          ))}
        </div>
        <button type="button" class="btn btn-primary" onClick={() => setEditing('new')}>
          <Icon name="plus" size={18} /> Add a reward
        </button>
      </div>
      <RewardsList rewards={rewards} archived={archived} onEdit={setEditing} onArchive={archive} onRestore={restore} />
      {editing && (
        <RewardDialog reward={editing === 'new' ? null : editing} onSaved={saved} onCancel={() => setEditing(null)} />
      )}
    </>
  );
}

function RewardsList({ rewards, archived, ...actions }) {
  if (rewards.status === 'loading')
    return (
      <p class="loading-line" aria-busy="true">
        Loading rewards…
      </p>
    );
  if (rewards.status === 'error') return <ErrorState error={rewards.error} onRetry={rewards.reload} />;
  if (!rewards.data.items.length) {
    return (
      <EmptyState icon="gift" title={archived ? 'Nothing archived' : 'No rewards yet'}>
        {archived ? 'Archived rewards show here.' : 'Add one: advocates can then spend their points on it.'}
      </EmptyState>
    );
  }
  return <RewardsTable rewards={rewards.data.items} archived={archived} {...actions} />;
}
