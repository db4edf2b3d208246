// Hash routes, including the id a notification's link carries (#/feed/42).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentRoute, currentRouteId, routeQuery } from '../src/lib/router.js';

test('routes are read from the hash, unknown ones fall back to the feed', () => {
  assert.equal(currentRoute('#/points'), 'points');
  assert.equal(currentRoute('#/notifications'), 'notifications');
  assert.equal(currentRoute('#/insights'), 'insights');
  assert.equal(currentRoute('#/prizes'), 'prizes');
  assert.equal(currentRoute('#/kudos'), 'kudos');
  assert.equal(currentRoute('#/suggestions'), 'suggestions');
  assert.equal(currentRoute('#/guidelines'), 'guidelines');
  assert.equal(currentRoute('#/nope'), 'feed');
  assert.equal(currentRoute(''), 'feed');
  assert.equal(currentRoute('#/leaderboard?x=1'), 'leaderboard');
});

test('#/feed/42 is the feed, with 42 as its id', () => {
  assert.equal(currentRoute('#/feed/42'), 'feed');
  assert.equal(currentRouteId('#/feed/42'), '42');
  assert.equal(currentRouteId('#/feed/42?from=push'), '42');
  assert.equal(currentRouteId('#/feed'), null);
  assert.equal(currentRouteId('#/feed/'), null);
  assert.equal(currentRouteId('#/feed/%E0%A4%A'), '%E0%A4%A'); // malformed escapes kept as is
});

test('#/prizes/manage?month=2026-03&team=4 is the prize manager on a month and scope', () => {
  const hash = '#/prizes/manage?month=2026-03&team=4';
  assert.equal(currentRoute(hash), 'prizes');
  assert.equal(currentRouteId(hash), 'manage');
  assert.deepEqual(routeQuery(hash), { month: '2026-03', team: '4' });
  assert.deepEqual(routeQuery('#/prizes'), {});
  assert.equal(currentRouteId('#/prizes'), null);
});

test('the prize manager reads its month and scope from the hash; managers keep to their team', async () => {
  const { readScope, managePath } = await import('../src/features/prizes/useManageScope.js');
  const admin = { role: 'admin', team: null };
  const manager = { role: 'manager', team: { id: 4, name: 'Sales' } };
  assert.deepEqual(readScope({ month: '2026-03', team: '7' }, admin), { month: '2026-03', teamId: 7 });
  assert.deepEqual(readScope({ month: '2026-03', team: 'company' }, admin), { month: '2026-03', teamId: null });
  assert.deepEqual(readScope({ month: '2026-03', team: 'company' }, manager), { month: '2026-03', teamId: 4 });
  assert.match(readScope({ month: '2026-13' }, manager).month, /^\d{4}-\d{2}$/);
  assert.equal(managePath('2026-03', null), 'prizes/manage?month=2026-03&team=company');
  assert.equal(managePath('2026-03', 4), 'prizes/manage?month=2026-03&team=4');
});
