// The reward store (#/store): the points an advocate can spend, the rewards
// to spend them on, and "My rewards", where each redemption shows how far it
// has got. Live: an admin's decision arrives as a toast and updates both.
import { useState } from 'preact/hooks';
import { useResource } from '../../lib/useResource.js';
import { showToast } from '../../state/toasts.js';
import { EmptyState, ErrorState } from '../../components/StatusViews.jsx';
import { fetchMyRedemptions, fetchStore } from './rewardsApi.js';
import { redeemedToast } from './rewardWords.js';
import { useRedemptionUpdates } from './useRedemptionUpdates.js';
import { BalanceCard } from './BalanceCard.jsx';
import { RewardCard } from './RewardCard.jsx';
import { RedeemDialog } from './RedeemDialog.jsx';
import { MyRewards } from './MyRewards.jsx';
import './rewards.css';

export default function Store() {
  const store = useResource(fetchStore, 'store');
  const mine = useResource(fetchMyRedemptions, 'mine');
  const [redeeming, setRedeeming] = useState(null);
  const refresh = () => {
    store.reload();
    mine.reload();
  };
  useRedemptionUpdates(refresh);
  const redeemed = (redemption) => {
    setRedeeming(null);
    showToast({ tone: 'success', ...redeemedToast(redemption) });
    refresh();
  };
  return (
    <section class="screen store" aria-labelledby="store-title">
      <div class="screen-header">
        <div>
          <h1 id="store-title">Reward store</h1>
          <p class="screen-subtitle">Spend the points you earn on rewards and donations.</p>
        </div>
      </div>
      <StoreBody store={store} onRedeem={setRedeeming} />
      <h2 class="section-title" id="my-rewards-title">
        My rewards
      </h2>
      <MyRewards mine={mine} onChanged={refresh} />
      {redeeming && store.data && (
        <RedeemDialog
          reward={redeeming}
          balance={store.data.balance}
          onDone={redeemed}
          onRefused={refresh}
          onCancel={() => setRedeeming(null)}
        />
      )}
    </section>
  );
}

function StoreBody({ store, onRedeem }) {
  if (store.status === 'loading')
    return (
      <p class="loading-line" aria-busy="true">
        Loading the store…
      </p>
    );
  if (store.status === 'error') return <ErrorState error={store.error} onRetry={store.reload} />;
  const { balance, rewards } = store.data;
  return (
    <>
      <BalanceCard balance={balance} />
      <h2 class="section-title">Rewards</h2>
      {rewards.length ? (
        <div class="reward-grid">
          {rewards.map((reward) => (
            <RewardCard key={reward.id} reward={reward} onRedeem={onRedeem} />
          ))}
        </div>
      ) : (
        <EmptyState icon="gift" title="No rewards yet">
          Your admins haven't added any rewards. Keep earning: your points will wait.
        </EmptyState>
      )}
    </>
  );
}
