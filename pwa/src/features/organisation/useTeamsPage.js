// The Teams screen's page of teams: search (sent a moment after typing
// stops), archived shown or not, the page, and the order. The server pages
// and searches; the page is sorted here. The view lives in the address
// (#/teams?q=sales&archived=1&page=2&sort=-people), so it can be bookmarked.
import { useEffect, useState } from 'preact/hooks';
import { fetchManagedTeams } from '../../api/organisation.js';
import { routeQuery } from '../../lib/router.js';
import { useResource } from '../../lib/useResource.js';
import { teamsAddress, teamsView } from './teamWords.js';

export const PER_PAGE = 25;
const TYPING_PAUSE_MS = 300;

export function useTeamsPage() {
  const [start] = useState(() => teamsView(routeQuery()));
  const [typed, setTyped] = useState(start.q);
  const [view, setView] = useState({ q: start.q, includeArchived: start.includeArchived, page: start.page });
  const [sort, setSort] = useState(start.sort);
  useEffect(() => {
    const timer = setTimeout(() => setView((v) => (v.q === typed ? v : { ...v, q: typed, page: 1 })), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  useEffect(() => {
    history.replaceState(null, '', teamsAddress({ ...view, sort }));
  }, [view, sort]);
  const teams = useResource(() => fetchManagedTeams({ ...view, perPage: PER_PAGE }), JSON.stringify(view));
  return {
    teams,
    view,
    typed,
    sort,
    search: setTyped,
    showArchived: (includeArchived) => setView((v) => ({ ...v, includeArchived, page: 1 })),
    goTo: (page) => setView((v) => ({ ...v, page })),
    setSort,
  };
}
