// The Teams screen's page of teams: search (sent a moment after typing
// stops), archived shown or not, the page, and the order. The server pages
// and searches; the page is sorted here.
import { useEffect, useState } from 'preact/hooks';
import { fetchManagedTeams } from '../../api/organisation.js';
import { useResource } from '../../lib/useResource.js';

export const PER_PAGE = 25;
const TYPING_PAUSE_MS = 300;

export function useTeamsPage() {
  const [typed, setTyped] = useState('');
  const [view, setView] = useState({ q: '', includeArchived: false, page: 1 });
  const [sort, setSort] = useState('name');
  useEffect(() => {
    const timer = setTimeout(() => setView((v) => (v.q === typed ? v : { ...v, q: typed, page: 1 })), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
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
