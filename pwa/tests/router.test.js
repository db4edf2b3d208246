// Hash routes, including the id a notification's link carries (#/feed/42).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { currentRoute, currentRouteId } from '../src/lib/router.js';

test('routes are read from the hash, unknown ones fall back to the feed', () => {
  assert.equal(currentRoute('#/points'), 'points');
  assert.equal(currentRoute('#/notifications'), 'notifications');
  assert.equal(currentRoute('#/insights'), 'insights');
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
