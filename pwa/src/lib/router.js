// Hash routing (#/feed, #/leaderboard, #/points, #/new, #/rules): works from any static
// host and from the service worker's single precached index.html.
import { useEffect, useState } from 'preact/hooks';

export const ROUTES = ['feed', 'leaderboard', 'points', 'new', 'rules'];
const DEFAULT_ROUTE = 'feed';

export function currentRoute() {
  const name = window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return ROUTES.includes(name) ? name : DEFAULT_ROUTE;
}

export function navigate(route) {
  window.location.hash = `#/${route}`;
}

export function useRoute() {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
