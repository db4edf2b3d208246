// Rows that move slide from where they were to where they are (FLIP: read the
// First position, render, read the Last, Invert with a transform, Play by
// dropping it under the CSS transition). The first reading happens during
// render, before the DOM changes, so both readings share one scroll position
// and scrolling itself never animates. Off when motion is reduced, and when
// the list switches to another board (rows there did not "move").
import { useLayoutEffect, useRef } from 'preact/hooks';

export function useFlip(listRef, boardKey) {
  const first = useRef(null);
  const shown = useRef(boardKey);
  first.current = listRef.current && shown.current === boardKey ? tops(listRef.current) : null;
  shown.current = boardKey;
  useLayoutEffect(() => {
    const before = first.current;
    first.current = null;
    if (!before || !listRef.current || reducedMotion()) return;
    for (const row of listRef.current.children) {
      const top = before.get(row.dataset.flip);
      if (top === undefined) continue;
      const moved = top - row.getBoundingClientRect().top;
      if (Math.abs(moved) >= 1) play(row, moved);
    }
  });
}

function tops(list) {
  const found = new Map();
  for (const row of list.children) {
    if (row.dataset.flip) found.set(row.dataset.flip, row.getBoundingClientRect().top);
  }
  return found;
}

function play(row, moved) {
  row.style.transition = 'none';
  row.style.transform = `translateY(${moved}px)`;
  row.getBoundingClientRect(); // lay out the inverted position so the transition starts from it
  row.style.transition = '';
  row.style.transform = '';
}

function reducedMotion() {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
