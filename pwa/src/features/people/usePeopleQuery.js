// The People list's query, kept in the address (replaced, not pushed, so the
// Back button leaves the screen rather than undoing each keystroke). The
// search box waits until typing pauses before it asks the server.
import { useEffect, useState } from 'preact/hooks';
import { routeQuery } from '../../lib/router.js';
import { peopleHash, queryFrom } from './peopleQuery.js';

const PAUSE_MS = 300;

export function usePeopleQuery() {
  const [query, setQuery] = useState(() => queryFrom(routeQuery()));
  const [typed, setTyped] = useState(query.q);
  const [personId, setPersonId] = useState(() => Number(routeQuery().person) || null);

  useEffect(() => {
    const timer = setTimeout(() => setQuery((q) => (q.q === typed ? q : { ...q, q: typed, page: 1 })), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  useEffect(() => {
    window.history.replaceState(window.history.state, '', peopleHash(query, personId));
  }, [query, personId]);
  useEffect(() => {
    // A link to #/people?… followed while the screen is open (a bookmark, the navigation).
    const follow = () => {
      const params = routeQuery();
      setQuery(queryFrom(params));
      setTyped(params.q || '');
      setPersonId(Number(params.person) || null);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  /** Change filters or sort: back to the first page unless a page is given. */
  const change = (changes) => setQuery((q) => ({ ...q, page: 1, ...changes }));
  return { query, typed, setTyped, change, personId, setPersonId };
}
