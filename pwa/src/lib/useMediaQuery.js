// Whether a media query matches, kept up to date: for layouts that render
// different markup (a wide table, a compact list), not just different CSS.
import { useEffect, useState } from 'preact/hooks';

export function useMediaQuery(query) {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}

/** The console's wide layout: tables, side panels (issue 21: from 1024 px). */
export const WIDE = '(min-width: 1024px)';
