// A wide table on a narrow phone: it scrolls sideways inside its own box
// (never the page), with its name column pinned, a faded edge and a line
// saying there is more. The box is always a focusable, named region, so
// keyboard users can scroll it with the arrow keys the moment rows make it
// wider than the phone (waiting to measure that first left a gap in which it
// could scroll but not be reached).
import { useEffect, useRef, useState } from 'preact/hooks';

export function ScrollTable({ labelledBy, children }) {
  const box = useRef(null);
  const [overflow, setOverflow] = useState('');
  useEffect(() => {
    const el = box.current;
    const measure = () => setOverflow(sides(el));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    // Rows arriving (or a new table in the box) can widen it without resizing the box.
    const rows = new MutationObserver(measure);
    rows.observe(el, { childList: true, subtree: true, characterData: true });
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      rows.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, []);
  const scrolls = overflow !== '';
  return (
    <>
      {scrolls && (
        <p class="scroll-hint" aria-hidden="true">
          Swipe the table sideways to see every column.
        </p>
      )}
      <div
        class={`table-scroll${overflow}`}
        ref={box}
        role="region"
        aria-labelledby={labelledBy}
        tabIndex={0}
      >
        {children}
      </div>
    </>
  );
}

/** ' more-before', ' more-after', both, or '' when the table fits. */
function sides(el) {
  if (!el || el.scrollWidth <= el.clientWidth) return '';
  const before = el.scrollLeft > 1 ? ' more-before' : '';
  const after = el.scrollLeft + el.clientWidth < el.scrollWidth - 1 ? ' more-after' : '';
  return before + after || ' more-after';
}
