// The organisation's name and logo (from its branding, so an admin's change
// shows at once), the points pill and the account menu.
import { PointsPill } from './PointsPill.jsx';
import { AccountMenu } from './AccountMenu.jsx';
import { DEFAULT_BRANDING, logoOf, useBranding } from '../lib/branding.js';

export function TopBar({ me }) {
  const brand = useBranding();
  // Amplify's own name means no branding is known yet: the session's answer names the company.
  const known = brand.name !== DEFAULT_BRANDING.name;
  const orgName = known ? brand.name : (me.organisation && me.organisation.name) || brand.name;
  return (
    <header class="topbar">
      <div class="topbar-inner">
        <a class="brand" href="#/feed">
          <img src={logoOf(brand)} width="32" height="32" alt="" />
          <span class="brand-name">{orgName}</span>
        </a>
        <PointsPill total={me.points ? me.points.all_time : 0} />
        <AccountMenu me={me} />
      </div>
    </header>
  );
}
