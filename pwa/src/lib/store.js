// A minimal observable value with a Preact hook: enough shared state for this
// app without adding a state-management dependency to the initial bundle.
import { useEffect, useState } from 'preact/hooks';

export function createStore(initial) {
  let value = initial;
  const listeners = new Set();
  return {
    get: () => value,
    set(next) {
      value = typeof next === 'function' ? next(value) : next;
      listeners.forEach((listener) => listener(value));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStore(store) {
  const [value, setValue] = useState(store.get);
  useEffect(() => {
    setValue(store.get()); // catch changes made between render and subscribe
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
