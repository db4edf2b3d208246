// Draft, Scheduled, Published, Expired, Archived, each with its count. One
// tab is in the Tab order; arrow keys, Home and End move between them.
import { useEffect, useRef } from 'preact/hooks';
import { TABS } from '../../lib/libraryQuery.js';

const STEPS = { ArrowRight: 1, ArrowLeft: -1 };

export function StateTabs({ value, counts, onChange }) {
  const selected = TABS.findIndex((tab) => tab.value === value);
  const row = useRef(null);
  useEffect(() => reveal(row.current, selected), [selected, Boolean(counts)]); // counts widen the tabs
  const onKeyDown = (event) => {
    let next = null;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    else if (STEPS[event.key]) next = (selected + STEPS[event.key] + TABS.length) % TABS.length;
    if (next === null) return;
    event.preventDefault();
    onChange(TABS[next].value);
    document.getElementById(`library-tab-${TABS[next].value}`).focus();
  };
  return (
    <div class="state-tabs" ref={row} role="tablist" aria-label="Content by state" onKeyDown={onKeyDown}>
      {TABS.map((tab) => {
        const current = tab.value === value;
        const count = counts ? counts[tab.value] : null;
        return (
          <button
            key={tab.value}
            id={`library-tab-${tab.value}`}
            type="button"
            role="tab"
            class="state-tab"
            aria-selected={current ? 'true' : 'false'}
            aria-controls="library-panel"
            tabIndex={current ? 0 : -1}
            onClick={() => onChange(tab.value)}
          >
            {tab.label}
            {count !== null && count !== undefined && <span class="state-count">{count}</span>}
          </button>
        );
      })}
    </div>
  );
}

// On a phone the row scrolls sideways: bring the chosen tab into view (the
// row only, never the page).
function reveal(row, index) {
  const tab = row && row.children[index];
  if (!tab) return;
  const start = tab.offsetLeft - row.offsetLeft - 8;
  const end = start + tab.offsetWidth + 16 - row.clientWidth;
  if (start < row.scrollLeft) row.scrollLeft = start;
  else if (end > row.scrollLeft) row.scrollLeft = end;
}
