// This month's programme health for the chosen team (admins) or the
// manager's own team. It doesn't depend on the period, so changing the
// dates leaves it alone.
import { useEffect, useState } from 'preact/hooks';
import { fetchHealth } from '../api/analytics.js';

export function useHealth(teamId) {
  const [state, setState] = useState({ status: 'loading', data: null, error: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    setState((s) => ({ status: s.data ? 'reloading' : 'loading', data: s.data, error: null }));
    fetchHealth({ teamId }).then(
      (data) => active && setState({ status: 'ready', data, error: null }),
      (error) => active && setState({ status: 'error', data: null, error }),
    );
    return () => {
      active = false;
    };
  }, [teamId, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
