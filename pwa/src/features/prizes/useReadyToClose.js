// Last month's scopes the manager runs that have prizes and aren't closed
// (GET /closes/ready), fetched once per screen: the prize manager opens on
// the first and its banner lists them, so the two always agree.
import { useEffect, useState } from 'preact/hooks';
import { fetchReady } from './closesApi.js';

export function useReadyToClose() {
  const [state, setState] = useState({ status: 'loading', items: [] });
  useEffect(() => {
    // A reminder: failing quietly is fine, the manager opens on this month.
    fetchReady().then(
      (items) => setState({ status: 'ready', items }),
      () => setState({ status: 'ready', items: [] }),
    );
  }, []);
  const remove = (item) => setState((s) => ({ ...s, items: s.items.filter((other) => other !== item) }));
  return { ...state, remove };
}
