// Rewards administration (#/rewards, admins): "Rewards" for what the store
// offers, "Fulfilment" (#/rewards/fulfilment) for what advocates redeemed.
// Each tab has its own address, so Back and bookmarks work.
import { useRouteId } from '../../lib/router.js';
import { SectionTabs } from '../../components/SectionTabs.jsx';
import { RewardsTab } from './RewardsTab.jsx';
import { FulfilmentTab } from './FulfilmentTab.jsx';
import './rewards.css';

const TABS = [
  { value: 'rewards', label: 'Rewards', href: '#/rewards' },
  { value: 'fulfilment', label: 'Fulfilment', href: '#/rewards/fulfilment' },
];

export default function RewardsAdmin() {
  const part = useRouteId() === 'fulfilment' ? 'fulfilment' : 'rewards';
  return (
    <section class="screen rewards-admin" aria-labelledby="rewards-title">
      <div class="screen-header">
        <div>
          <h1 id="rewards-title">Rewards</h1>
          <p class="screen-subtitle">What advocates can spend their points on, and getting it to them.</p>
        </div>
      </div>
      <SectionTabs label="Rewards sections" parts={TABS} current={part} />
      {part === 'fulfilment' ? <FulfilmentTab /> : <RewardsTab />}
    </section>
  );
}
