// The all-time points total in the top bar; links to the points history.
// It pops briefly when the number changes, unless motion is reduced (CSS).
import { useEffect, useRef, useState } from 'preact/hooks';
import { Icon } from './Icon.jsx';

export function PointsPill({ total }) {
  const [bumped, setBumped] = useState(false);
  const previous = useRef(total);
  useEffect(() => {
    if (previous.current === total) return undefined;
    previous.current = total;
    setBumped(true);
    const timer = setTimeout(() => setBumped(false), 600);
    return () => clearTimeout(timer);
  }, [total]);

  return (
    <a class={`points-pill${bumped ? ' is-bumped' : ''}`} href="#/points" title="My points">
      <Icon name="star" size={16} />
      <span data-testid="points-total">{total}</span>
      <span aria-hidden="true"> pts</span>
      <span class="sr-only"> points</span>
    </a>
  );
}
