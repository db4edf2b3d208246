// The Insights figures for the chosen period and team. A new choice keeps
// the old figures on screen (marked busy) until the new ones arrive, ignores
// answers that arrive after a newer choice, and tells screen readers through
// the app's polite live region once the new figures are in.
import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchOverview } from '../api/analytics.js';
import { announce } from '../state/announcer.js';
import { updatedMessage } from './analyticsFormat.js';

const UNEXPECTED = "The figures came back in a shape this app doesn't understand. Please try again later.";

/** filters: {from, to, teamId}, or null while the typed range isn't usable. */
export function useOverview(filters) {
  const [state, setState] = useState({ status: 'loading', data: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const loaded = useRef(false);
  const key = filters ? `${filters.from}|${filters.to}|${filters.teamId}` : null;

  useEffect(() => {
    if (!filters) return undefined;
    let active = true;
    setState((s) => ({ status: s.data ? 'reloading' : 'loading', data: s.data, error: null }));
    fetchOverview(filters).then(
      (data) => {
        if (!active) return;
        // Rendering a half answer would take the whole app down with it.
        if (!data || !data.range || !data.scope || !data.totals) {
          setState({ status: 'error', data: null, error: { message: UNEXPECTED } });
          return;
        }
        setState({ status: 'ready', data, error: null });
        // The first load is the screen appearing; only changes are news.
        if (loaded.current) announce(updatedMessage(data));
        loaded.current = true;
      },
      (error) => active && setState({ status: 'error', data: null, error }),
    );
    return () => {
      active = false;
    };
  }, [key, attempt]);

  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
