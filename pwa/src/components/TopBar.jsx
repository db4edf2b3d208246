// Organisation name, the points pill and the account menu.
import { PointsPill } from './PointsPill.jsx';
import { AccountMenu } from './AccountMenu.jsx';

export function TopBar({ me }) {
  const orgName = (me.organisation && me.organisation.name) || 'Amplify';
  return (
    <header class="topbar">
      <div class="topbar-inner">
        <a class="brand" href="#/feed">
          <img src="/icons/icon-192.png" width="32" height="32" alt="" />
          <span class="brand-name">{orgName}</span>
        </a>
        <PointsPill total={me.points ? me.points.all_time : 0} />
        <AccountMenu me={me} />
      </div>
    </header>
  );
}
