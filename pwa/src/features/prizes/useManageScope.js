// Which month and scope the prize manager is on. The hash holds it
// (#/prizes/manage?month=2026-03&team=4, team=company for company-wide), so
// the ready-to-close banner and a notification can link straight there.
// Without a month in the hash it opens on the first month that is ready to
// close (what the banner shows), else on the current month; `month` is null
// until that is known. Managers only ever run their own team's prizes.
import { useEffect, useState } from 'preact/hooks';
import { navigate, routeQuery } from '../../lib/router.js';
import { monthOf, zoneOf } from './prizeMonths.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `first`: the first ready-to-close item ({month, team_id}), or null when none is. */
export function readScope(query, me, first = null) {
  const asked = MONTH.test(query.month || '');
  const month = asked ? query.month : first ? first.month : monthOf(new Date(), zoneOf(me));
  if (me.role !== 'admin') return { month, teamId: me.team ? me.team.id : null };
  if (!asked && first) return { month, teamId: first.team_id };
  const team = Number(query.team);
  return { month, teamId: Number.isInteger(team) && team > 0 ? team : null };
}

export function managePath(month, teamId) {
  return `prizes/manage?month=${month}&team=${teamId === null ? 'company' : teamId}`;
}

export function useManageScope(me, ready) {
  const [query, setQuery] = useState(() => routeQuery());
  useEffect(() => {
    const update = () => setQuery(routeQuery());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const go = (month, teamId) => navigate(managePath(month, teamId));
  if (!MONTH.test(query.month || '') && ready.status === 'loading') return { month: null, teamId: null, go };
  return { ...readScope(query, me, ready.items[0] || null), go };
}
