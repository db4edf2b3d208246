// Insights periods: presets from the browser's local calendar, typed ranges checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PRESETS,
  presetRange,
  matchPreset,
  rangeProblem,
  dayCount,
  daysBetween,
  isoDay,
  parseDay,
} from '../src/lib/dateRange.js';

const NOV_27 = new Date(2026, 10, 27, 15, 30); // a local afternoon

test('presets count back from today, both ends included', () => {
  assert.deepEqual(presetRange('7d', NOV_27), { from: '2026-11-21', to: '2026-11-27' });
  assert.deepEqual(presetRange('30d', NOV_27), { from: '2026-10-29', to: '2026-11-27' });
  assert.deepEqual(presetRange('month', NOV_27), { from: '2026-11-01', to: '2026-11-27' });
  assert.deepEqual(presetRange('last-month', NOV_27), { from: '2026-10-01', to: '2026-10-31' });
  assert.equal(presetRange('nope', NOV_27), null);
  assert.deepEqual(
    PRESETS.map((p) => p.label),
    ['Last 7 days', 'Last 30 days', 'This month', 'Last month'],
  );
});

test('presets cross year and month ends, and leap days', () => {
  const jan3 = new Date(2027, 0, 3);
  assert.deepEqual(presetRange('7d', jan3), { from: '2026-12-28', to: '2027-01-03' });
  assert.deepEqual(presetRange('last-month', jan3), { from: '2026-12-01', to: '2026-12-31' });
  assert.deepEqual(presetRange('last-month', new Date(2028, 2, 10)), { from: '2028-02-01', to: '2028-02-29' });
  assert.deepEqual(presetRange('month', new Date(2026, 10, 1)), { from: '2026-11-01', to: '2026-11-01' });
});

test('the day is the local one, late at night included', () => {
  const late = new Date(2026, 10, 27, 23, 59);
  assert.equal(isoDay(late), '2026-11-27');
  assert.deepEqual(presetRange('7d', late).to, '2026-11-27');
});

test('a range matches the preset it equals, else it is custom', () => {
  assert.equal(matchPreset({ from: '2026-10-29', to: '2026-11-27' }, NOV_27), '30d');
  assert.equal(matchPreset({ from: '2026-10-01', to: '2026-10-31' }, NOV_27), 'last-month');
  assert.equal(matchPreset({ from: '2026-10-02', to: '2026-11-27' }, NOV_27), null);
});

test('typed ranges need two real dates in order', () => {
  assert.equal(rangeProblem({ from: '2026-11-01', to: '2026-11-30' }), null);
  assert.equal(rangeProblem({ from: '2026-11-01', to: '2026-11-01' }), null);
  assert.equal(rangeProblem({ from: '', to: '2026-11-30' }), 'Choose a start and an end date.');
  assert.equal(rangeProblem({ from: '2026-02-30', to: '2026-03-01' }), 'Choose a start and an end date.');
  assert.equal(
    rangeProblem({ from: '2026-12-01', to: '2026-11-30' }),
    'The start date must be on or before the end date.',
  );
  assert.equal(parseDay('2026-11-5'), null);
  // A year half typed (0002) must not ask for centuries of figures.
  assert.equal(rangeProblem({ from: '0002-11-01', to: '2026-11-30' }), 'Choose a period of two years or less.');
  assert.equal(rangeProblem({ from: '2024-11-30', to: '2026-11-30' }), null); // 731 days
  assert.equal(rangeProblem({ from: '2024-11-29', to: '2026-11-30' }), 'Choose a period of two years or less.');
});

test('days between two dates, inclusive', () => {
  assert.equal(dayCount('2026-10-29', '2026-11-27'), 30);
  assert.equal(dayCount('2026-11-27', '2026-11-27'), 1);
  assert.equal(dayCount('2026-11-28', '2026-11-27'), 0);
  // Across a daylight-saving change in most zones that have one.
  assert.equal(dayCount('2026-03-01', '2026-03-31'), 31);
  assert.deepEqual(daysBetween('2026-10-30', '2026-11-02'), [
    '2026-10-30',
    '2026-10-31',
    '2026-11-01',
    '2026-11-02',
  ]);
  assert.deepEqual(daysBetween('x', '2026-11-02'), []);
});
