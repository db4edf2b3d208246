// Bottom navigation on a phone. Plain links (not buttons) because each tab is
// a place with its own URL; aria-current marks where you are. From 1024 px it
// is hidden and the side navigation, also named "Main", lists every section.
import { Icon } from './Icon.jsx';

const TABS = [
  { route: 'feed', label: 'Feed', icon: 'feed' },
  { route: 'leaderboard', label: 'Leaderboard', icon: 'trophy' },
  { route: 'points', label: 'My points', icon: 'star' },
  { route: 'new', label: 'New', icon: 'plus', publisherOnly: true },
  { route: 'rules', label: 'Rules', icon: 'sliders', adminOnly: true },
];

export function TabBar({ route, canPublish, isAdmin }) {
  const tabs = TABS.filter((tab) => (canPublish || !tab.publisherOnly) && (isAdmin || !tab.adminOnly));
  // Five tabs on a 360px phone need slightly smaller labels (layout.css).
  return (
    <nav class={`tabbar${tabs.length > 4 ? ' is-crowded' : ''}`} aria-label="Main">
      <div class="tabbar-inner">
        {tabs.map((tab) => (
          <a
            key={tab.route}
            class="tab"
            href={`#/${tab.route}`}
            aria-current={route === tab.route ? 'page' : undefined}
          >
            <Icon name={tab.icon} size={22} />
            <span>{tab.label}</span>
          </a>
        ))}
      </div>
    </nav>
  );
}
