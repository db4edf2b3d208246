// Which month and scope the prize manager is on. The hash holds it
// (#/prizes/manage?month=2026-03&team=4, team=company for company-wide), so
// the ready-to-close banner and a notification can link straight there.
// Managers only ever run their own team's prizes.
import { useEffect, useState } from 'preact/hooks';
import { navigate, routeQuery } from '../../lib/router.js';
import { monthOf, zoneOf } from './prizeMonths.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function readScope(query, me) {
  const month = MONTH.test(query.month || '') ? query.month : monthOf(new Date(), zoneOf(me));
  if (me.role !== 'admin') return { month, teamId: me.team ? me.team.id : null };
  const team = Number(query.team);
  return { month, teamId: Number.isInteger(team) && team > 0 ? team : null };
}

export function managePath(month, teamId) {
  return `prizes/manage?month=${month}&team=${teamId === null ? 'company' : teamId}`;
}

export function useManageScope(me) {
  const [scope, setScope] = useState(() => readScope(routeQuery(), me));
  useEffect(() => {
    const update = () => setScope(readScope(routeQuery(), me));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const go = (month, teamId) => navigate(managePath(month, teamId));
  return { ...scope, go };
}
