// The boards the caller can open (GET /leaderboards): calendar periods,
// campaign and challenge windows, and the scopes they have. Remembered per
// person so the tabs draw at once on the next visit, then refreshed (new rules
// may have added a campaign). Until it arrives, or offline, the calendar
// periods and the scopes on the caller's profile are enough to start with.
import { useEffect, useState } from 'preact/hooks';
import { fetchBoardIndex } from '../api/leaderboards.js';

const remembered = new Map(); // advocate id -> last index

export function useBoardIndex(me) {
  const [index, setIndex] = useState(() => remembered.get(me.id) || fromProfile(me));
  useEffect(() => {
    let active = true;
    fetchBoardIndex()
      .then((fresh) => {
        remembered.set(me.id, fresh);
        if (active) setIndex(fresh);
      })
      .catch(() => {}); // keep what we have; the board itself shows the error
    return () => {
      active = false;
    };
  }, [me.id]);
  return index;
}

function fromProfile(me) {
  const periods = [
    { period: 'week', label: 'Week' },
    { period: 'month', label: 'Month' },
    { period: 'quarter', label: 'Quarter' },
    { period: 'all_time', label: 'All time' },
  ];
  const scopes = [{ scope: 'company', label: 'Company', value: null, name: null }];
  if (me.team) scopes.push({ scope: 'team', label: 'My team', value: String(me.team.id), name: me.team.name });
  if (me.department) scopes.push({ scope: 'department', label: 'Department', value: me.department, name: me.department });
  if (me.location) scopes.push({ scope: 'location', label: 'Location', value: me.location, name: me.location });
  const ranking = (me.organisation && me.organisation.ranking) || 'competition';
  return { periods, scopes, ranking, public_ranking: me.public_ranking !== false };
}
