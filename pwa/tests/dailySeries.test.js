// The daily chart's data, its text alternative, and the breakdown tables' order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dailySeries, seriesSummary, niceMax } from '../src/lib/dailySeries.js';
import { formatDay } from '../src/lib/analyticsFormat.js';
import { rankRows, visibleRows } from '../src/lib/rankRows.js';

test('every day of the range gets a point, quiet days as 0', () => {
  const series = dailySeries(
    [
      { day: '2026-11-03', shares: 2, clicks: 7, unique_clickers: 6 },
      { day: '2026-11-01', shares: 1, clicks: 0, unique_clickers: 0 },
      { day: '2026-12-25', shares: 9, clicks: 9, unique_clickers: 9 }, // outside: ignored
    ],
    '2026-11-01',
    '2026-11-04',
  );
  assert.deepEqual(series, {
    days: ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'],
    shares: [1, 0, 2, 0],
    clicks: [0, 0, 7, 0],
  });
});

test('without a readable range the rows themselves are used, in order', () => {
  const series = dailySeries([{ day: '2026-11-02', shares: 1, clicks: 2 }, { day: '2026-11-01', shares: 3 }], null, null);
  assert.deepEqual(series.days, ['2026-11-01', '2026-11-02']);
  assert.deepEqual(series.clicks, [0, 2]);
  assert.deepEqual(dailySeries(undefined, null, null), { days: [], shares: [], clicks: [] });
});

test('the summary gives totals and the busiest day', () => {
  const series = dailySeries(
    [
      { day: '2026-11-01', shares: 1, clicks: 3 },
      { day: '2026-11-02', shares: 2, clicks: 28 },
    ],
    '2026-11-01',
    '2026-11-03',
  );
  assert.equal(seriesSummary(series), `3 shares and 31 clicks over 3 days. Most clicks on ${formatDay('2026-11-02')}: 28.`);
  const noClicks = dailySeries([{ day: '2026-11-02', shares: 1, clicks: 0 }], '2026-11-01', '2026-11-02');
  assert.equal(seriesSummary(noClicks), `1 share and 0 clicks over 2 days. Most shares on ${formatDay('2026-11-02')}: 1.`);
  assert.equal(seriesSummary(dailySeries([], '2026-11-01', '2026-11-07')), 'No shares or clicks in this period.');
  const oneDay = dailySeries([{ day: '2026-11-01', shares: 1, clicks: 1 }], '2026-11-01', '2026-11-01');
  assert.equal(seriesSummary(oneDay), '1 share and 1 click on 1 day.');
});

test('the value axis tops out at a round number just above the highest bar', () => {
  assert.equal(niceMax(0), 4);
  assert.equal(niceMax(3), 4);
  assert.equal(niceMax(4.5), 5);
  assert.equal(niceMax(12), 15);
  assert.equal(niceMax(28), 30);
  assert.equal(niceMax(101), 120);
  assert.equal(niceMax(1000), 1200);
  assert.equal(niceMax(20), 25);
});

test('tables list the most clicks first, then shares, then name', () => {
  const rows = rankRows([
    { name: 'B', shares: 5, clicks: 10 },
    { name: 'C', shares: 9, clicks: 40 },
    { name: 'A', shares: 5, clicks: 10 },
    { name: 'D', shares: 7, clicks: 10 },
  ]);
  assert.deepEqual(
    rows.map((r) => r.name),
    ['C', 'D', 'A', 'B'],
  );
  assert.deepEqual(rankRows(null), []);
  const many = Array.from({ length: 12 }, (_, i) => ({ name: String(i) }));
  assert.equal(visibleRows(many, false).length, 10);
  assert.equal(visibleRows(many, true).length, 12);
  assert.equal(visibleRows(many.slice(0, 10), false).length, 10);
});
