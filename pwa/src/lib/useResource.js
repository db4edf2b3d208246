// One thing fetched for a screen, refetched when `key` changes or reload()
// is called (a live push, a reconnect). A refetch keeps showing the last
// good copy; only the newest answer is kept, so a slow old one can't win.
import { useEffect, useRef, useState } from 'preact/hooks';

export function useResource(load, key) {
  const [state, setState] = useState({ status: 'loading', data: null, error: null });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const reload = () => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, status: s.data ? 'reloading' : 'loading', error: null }));
    return loadRef.current().then(
      (data) => ticket === latest.current && setState({ status: 'ready', data, error: null }),
      (error) => ticket === latest.current && setState((s) => failed(s, error)),
    );
  };
  useEffect(() => {
    reload();
  }, [key]);
  // Setting data directly: an action's response is the new state.
  const replace = (data) => {
    latest.current += 1;
    setState({ status: 'ready', data, error: null });
  };
  return { ...state, reload, replace };
}

// A failed refetch keeps the last good copy on screen, with the error beside it.
const failed = (state, error) => ({ ...state, status: state.data ? 'ready' : 'error', error });
