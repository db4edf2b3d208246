// A row of tabs (role=tablist) that scrolls sideways when it doesn't fit the
// phone, its edges fading where more tabs hide. One tab is in the Tab order;
// arrow keys, Home and End move between them and select as they go (each
// board loads fast and is what was asked for).
import { useEffect, useRef, useState } from 'preact/hooks';

const STEPS = { ArrowRight: 1, ArrowLeft: -1 };

/** tabs: [{value, label, detail?, title?}]; tab ids are `${idPrefix}-tab-${index}`. */
export function TabRow({ label, idPrefix, tabs, value, onChange, controls }) {
  const row = useRef(null);
  const [hidden, setHidden] = useState('');
  // No tab is selected while the board shown is none of them (an ended campaign's);
  // the first then keeps the row reachable with Tab.
  const found = tabs.findIndex((tab) => tab.value === value);
  const selected = Math.max(0, found);
  const measure = () => row.current && setHidden(hiddenSides(row.current));
  useEffect(() => {
    reveal(row.current, selected);
    measure();
  }, [selected, tabs.length]);
  useEffect(() => {
    const observer = new ResizeObserver(measure);
    observer.observe(row.current);
    return () => observer.disconnect();
  }, []);

  const onKeyDown = (event) => {
    const next = target(event.key, selected, tabs.length);
    if (next === null) return;
    event.preventDefault();
    onChange(tabs[next].value);
    row.current.children[next].focus();
  };
  return (
    <div
      class={`tab-row${hidden}`}
      role="tablist"
      aria-label={label}
      ref={row}
      onKeyDown={onKeyDown}
      onScroll={measure}
    >
      {tabs.map((tab, index) => (
        <button
          key={tab.value}
          id={`${idPrefix}-tab-${index}`}
          type="button"
          role="tab"
          class="tab-chip"
          aria-selected={index === found ? 'true' : 'false'}
          aria-controls={controls}
          tabIndex={index === selected ? 0 : -1}
          title={tab.title}
          onClick={() => onChange(tab.value)}
        >
          {tab.label}
          {tab.detail && <span class="tab-detail">{tab.detail}</span>}
        </button>
      ))}
    </div>
  );
}

function target(key, current, count) {
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (!STEPS[key]) return null;
  return (current + STEPS[key] + count) % count;
}

// Scroll the row itself, never the page, so the chosen tab is in view.
function reveal(row, index) {
  const tab = row && row.children[index];
  if (!tab) return;
  const start = tab.offsetLeft - 8;
  const end = tab.offsetLeft + tab.offsetWidth + 8 - row.clientWidth;
  if (start < row.scrollLeft) row.scrollLeft = start;
  else if (end > row.scrollLeft) row.scrollLeft = end;
}

/** ' more-before', ' more-after', both or '': where tabs are scrolled out of sight. */
function hiddenSides(row) {
  const before = row.scrollLeft > 1 ? ' more-before' : '';
  const after = row.scrollLeft + row.clientWidth < row.scrollWidth - 1 ? ' more-after' : '';
  return before + after;
}
