// Prize months: keys as the API names them, labels as people read them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthOf, shiftMonth, monthLabel, monthOptions, zoneOf } from '../src/features/prizes/prizeMonths.js';

test('months shift across year ends', () => {
  assert.equal(shiftMonth('2026-01', -1), '2025-12');
  assert.equal(shiftMonth('2025-12', 1), '2026-01');
  assert.equal(shiftMonth('2026-03', -15), '2024-12');
  assert.equal(monthOf(new Date(2026, 0, 31, 23, 59)), '2026-01');
});

test("this month is the organisation's, whatever the phone's time zone", () => {
  const londonOctoberFirst = new Date(Date.UTC(2026, 8, 30, 23, 30)); // 00:30 BST, 1 October
  assert.equal(monthOf(londonOctoberFirst, 'Europe/London'), '2026-10');
  const newYorkLastSecond = new Date(Date.UTC(2026, 11, 1, 4, 59, 59)); // 23:59:59, 30 November
  assert.equal(monthOf(newYorkLastSecond, 'America/New_York'), '2026-11');
  const sydneyNewYear = new Date(Date.UTC(2026, 11, 31, 13, 30)); // 00:30 AEDT, 1 January
  assert.equal(monthOf(sydneyNewYear, 'Australia/Sydney'), '2027-01');
  assert.equal(zoneOf({ organisation: { timezone: 'Europe/London' } }), 'Europe/London');
  assert.equal(zoneOf({}), undefined);
});

test('labels read as month and year, whatever the time zone', () => {
  assert.equal(monthLabel('2026-03'), 'March 2026');
  assert.equal(monthLabel('2025-12'), 'December 2025');
  assert.equal(monthLabel(''), '');
});

test('options run oldest first around the month', () => {
  const options = monthOptions('2026-01', 1, 1);
  assert.deepEqual(
    options.map((o) => o.value),
    ['2025-12', '2026-01', '2026-02'],
  );
  assert.equal(options[0].label, 'December 2025');
});
