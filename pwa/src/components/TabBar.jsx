// Bottom navigation. Plain links (not buttons) because each tab is a place
// with its own URL; aria-current marks where you are.
import { Icon } from './Icon.jsx';

const TABS = [
  { route: 'feed', label: 'Feed', icon: 'feed' },
  { route: 'leaderboard', label: 'Leaderboard', icon: 'trophy' },
  { route: 'points', label: 'My points', icon: 'star' },
  { route: 'new', label: 'New', icon: 'plus', publisherOnly: true },
];

export function TabBar({ route, canPublish }) {
  const tabs = TABS.filter((tab) => canPublish || !tab.publisherOnly);
  return (
    <nav class="tabbar" aria-label="Main">
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
