// My points → what the advocate's shares brought: clicks on their tracked
// links this month, unique clickers and the all-time count. A bonus, not the
// point of the screen, so when the figures can't be loaded it simply isn't
// there. Refetched when the points total moves, since clicks earn points.
import { useEffect, useState } from 'preact/hooks';
import { fetchMyAnalytics } from '../../api/me.js';
import { myClicksText } from '../../lib/myClicks.js';
import { Icon } from '../../components/Icon.jsx';

export function MyClicks({ total }) {
  const [text, setText] = useState(undefined); // undefined: loading; null: not there
  useEffect(() => {
    let active = true;
    fetchMyAnalytics().then(
      (figures) => active && setText(myClicksText(figures)),
      () => active && setText(null),
    );
    return () => {
      active = false;
    };
  }, [total]);
  // An empty card holds the card's place while loading, so what is below does not jump.
  if (text === undefined) return <div class="progress-card clicks-card is-loading" aria-hidden="true" />;
  if (!text) return null;
  return (
    <div class="progress-card clicks-card" data-testid="my-clicks">
      <span class="clicks-icon">
        <Icon name="link" size={22} />
      </span>
      <div>
        <p class="clicks-title">{text.title}</p>
        <p class="progress-caption">{text.detail}</p>
      </div>
    </div>
  );
}
