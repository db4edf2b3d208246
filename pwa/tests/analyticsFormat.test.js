// Insights figures in the reader's language; expectations are built with the
// same Intl formats so the test passes in any locale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  NO_FIGURE,
  formatCount,
  formatPercent,
  formatPerShare,
  formatMoney,
  formatDay,
  formatDayRange,
  formatMonth,
  updatedMessage,
} from '../src/lib/analyticsFormat.js';
import { countOf } from '../src/lib/countOf.js';
import { myClicksText } from '../src/lib/myClicks.js';

const nf = (options) => new Intl.NumberFormat(undefined, options);

test('counts are grouped, fractions are percentages, missing figures are dashes', () => {
  assert.equal(formatCount(1240), nf({ maximumFractionDigits: 0 }).format(1240));
  assert.equal(formatCount(0), nf().format(0));
  assert.equal(formatCount(null), NO_FIGURE);
  assert.equal(formatPercent(0.575), nf({ style: 'percent', maximumFractionDigits: 1 }).format(0.575));
  assert.match(formatPercent(0.575), /57[.,]5/);
  assert.match(formatPercent(0.41), /41/);
  assert.equal(formatPercent(undefined), NO_FIGURE);
  assert.equal(formatPercent(0), nf({ style: 'percent' }).format(0));
});

test('click-through is clicks per share, to two decimals at most', () => {
  assert.equal(formatPerShare(2.8333), nf({ maximumFractionDigits: 2 }).format(2.83));
  assert.equal(formatPerShare(3), nf().format(3));
  assert.equal(formatPerShare(0), nf().format(0));
  assert.equal(formatPerShare(null), NO_FIGURE);
});

test('money uses the currency, and survives a code Intl does not know', () => {
  assert.equal(formatMoney(812.5, 'EUR'), nf({ style: 'currency', currency: 'EUR' }).format(812.5));
  assert.equal(formatMoney(812.5, 'eur'), formatMoney(812.5, 'EUR'));
  assert.equal(formatMoney(10, 'usd'), nf({ style: 'currency', currency: 'USD' }).format(10));
  assert.match(formatMoney(812.5, 'NOT A CODE'), /812[.,]5 NOT A CODE/);
  assert.match(formatMoney(812.5, ''), /^812[.,]5$/);
  assert.equal(formatMoney(null, 'EUR'), NO_FIGURE);
});

test('days and ranges read as dates, not ISO text', () => {
  const short = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
  assert.equal(formatDay('2026-11-12'), short.format(new Date(2026, 10, 12)));
  const long = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  assert.equal(formatDayRange('2026-11-12', '2026-11-12'), long.format(new Date(2026, 10, 12)));
  const range = formatDayRange('2026-10-29', '2026-11-27');
  assert.match(range, /29/);
  assert.match(range, /27/);
  assert.match(range, /2026/);
  assert.equal(formatDayRange('bad', '2026-11-27'), '');
  assert.match(formatMonth('2026-11'), /2026/);
  assert.equal(formatMonth('November'), '');
});

test('one is singular, everything else plural', () => {
  assert.equal(countOf(1, 'click'), '1 click');
  assert.equal(countOf(0, 'click'), '0 clicks');
  assert.equal(countOf(37, 'click'), '37 clicks');
  assert.equal(countOf(2, 'content item'), '2 content items');
  assert.equal(countOf(1240, 'click'), `${nf().format(1240)} clicks`);
});

test('the reload announcement names the period and who it covers', () => {
  const message = updatedMessage({
    range: { from: '2026-11-01', to: '2026-11-01' },
    scope: { team_id: null, label: 'Everyone' },
  });
  assert.match(message, /^Figures updated for .*2026, Everyone\.$/);
  assert.equal(updatedMessage(null), 'Figures updated.');
});

test('the My points card reads naturally for 1 and many', () => {
  assert.deepEqual(
    myClicksText({
      month: { shares: 5, clicks: 37, unique_clickers: 30 },
      all_time: { shares: 40, clicks: 210, unique_clickers: 180 },
    }),
    {
      title: 'Your shares brought 37 clicks this month',
      detail: '30 unique clickers this month · 210 clicks all time',
    },
  );
  assert.deepEqual(
    myClicksText({
      month: { shares: 1, clicks: 1, unique_clickers: 1 },
      all_time: { shares: 1, clicks: 1, unique_clickers: 1 },
    }),
    { title: 'Your shares brought 1 click this month', detail: '1 unique clicker this month · 1 click all time' },
  );
  assert.equal(myClicksText({}), null);
  assert.equal(myClicksText(null), null);
});
