// Hash routing (#/feed, #/leaderboard, #/points, #/new, #/rules, #/notifications,
// #/insights, #/prizes, #/kudos, #/suggestions, #/guidelines, #/privacy,
// #/people, #/library, #/organisation, #/teams, #/directory, #/challenges,
// #/store, #/rewards, and the public
// #/forgot, #/reset/<token>, #/invite/<token>):
// works from any static host and from the service worker's single precached
// index.html. A route may carry an id after it: #/feed/42 is the feed with
// content 42 brought into view (the link in a notification), and a query
// after that: #/prizes/manage?month=2026-03&team=4 is the prize manager
// opened on a month and scope.
import { useEffect, useState } from 'preact/hooks';

// Open without signing in: the token of a link stays in the fragment, which
// browsers never send, so no server or proxy log records it.
export const PUBLIC_ROUTES = ['forgot', 'reset', 'invite'];

export const ROUTES = [
  'feed',
  'leaderboard',
  'points',
  'new',
  'rules',
  'notifications',
  'insights',
  'prizes',
  'kudos',
  'suggestions',
  'guidelines',
  'privacy',
  'people',
  'library',
  'organisation',
  'teams',
  'directory',
  'challenges',
  'store',
  'rewards',
  ...PUBLIC_ROUTES,
];
const DEFAULT_ROUTE = 'feed';

function hashParts(hash) {
  return hash.replace(/^#\/?/, '').split('?')[0].split('/');
}

export function currentRoute(hash = window.location.hash) {
  const name = hashParts(hash)[0];
  return ROUTES.includes(name) ? name : DEFAULT_ROUTE;
}

/** "42" for #/feed/42; null when the route has no id. */
export function currentRouteId(hash = window.location.hash) {
  const id = hashParts(hash)[1];
  if (!id) return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/** The hash's query: #/prizes/manage?month=2026-03 gives month "2026-03". */
export function routeQuery(hash = window.location.hash) {
  const query = hash.split('?')[1] || '';
  return Object.fromEntries(new URLSearchParams(query));
}

export function navigate(route) {
  window.location.hash = `#/${route}`;
}

export function useRoute() {
  const [route, setRoute] = useState(() => currentRoute());
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** The route's id (see currentRouteId), kept up to date as the hash changes. */
export function useRouteId() {
  const [id, setId] = useState(() => currentRouteId());
  useEffect(() => {
    const update = () => setId(currentRouteId());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return id;
}
