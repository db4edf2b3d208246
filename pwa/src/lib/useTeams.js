// Teams for the team-challenge picker, fetched once per visit to the Rules
// screen. Calls the client directly rather than api/teams.js: sharing that
// module with the publishing form would split it into a chunk of its own,
// which the service worker would then precache for every advocate.
import { useEffect, useState } from 'preact/hooks';
import { get } from '../api/client.js';

export function useTeams() {
  const [state, setState] = useState({ status: 'loading', items: [], error: null });
  const load = () => {
    setState({ status: 'loading', items: [], error: null });
    get('/teams').then(
      (body) => setState({ status: 'ready', items: body.items, error: null }),
      (error) => setState({ status: 'error', items: [], error }),
    );
  };
  useEffect(load, []);
  return { ...state, reload: load };
}
