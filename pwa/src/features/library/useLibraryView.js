// The library's view (tab, search, filters, sort, page) lives in the hash,
// #/library?tab=scheduled&q=launch, so it can be bookmarked and shared and
// Back returns to the last one. Changing it writes the hash.
import { useEffect, useState } from 'preact/hooks';
import { navigate, routeQuery } from '../../lib/router.js';
import { changeView, readView, viewQuery } from '../../lib/libraryQuery.js';

export function useLibraryView() {
  const [view, setView] = useState(() => readView(routeQuery()));
  useEffect(() => {
    const update = () => setView(readView(routeQuery()));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const change = (changes) => navigate(`library${viewQuery(changeView(view, changes))}`);
  return [view, change];
}
