import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  contributorWords,
  dateRangeWords,
  daysLeftWords,
  goalWords,
  othersOf,
  progressOf,
  rewardWords,
  stateWords,
} from '../src/lib/challengeWords.js';
import { rememberCelebrated, wasCelebrated } from '../src/lib/challengeCelebrations.js';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const card = {
  id: 'team.sales-200',
  name: 'Sales shares 200 times this month',
  team: { id: 1, name: 'Sales' },
  event_label: 'shares',
  target: 200,
  count: 128,
  percent: 64,
  ends: '2026-12-11T00:00:00Z',
  days_left: 3, // the last day is 10 Dec
  state: 'running',
  reward_points: 50,
  contributors: [
    { user_id: 7, display_name: 'Alex Morgan', count: 40 },
    { user_id: 8, display_name: 'Sam Lee', count: 30 },
    { user_id: 9, display_name: 'Kim Ito', count: 20 },
    { user_id: 10, display_name: 'Jo Park', count: 12 },
  ],
  mine: 12,
};

test('the goal reads as count of target with the event in words', () => {
  assert.equal(goalWords(card), '128 of 200 shares');
  assert.equal(goalWords({ ...card, count: 1200, target: 2000 }), '1,200 of 2,000 shares');
});

test('days left: a count, then the last day, then the day it ended', () => {
  assert.equal(daysLeftWords(card, NOW), '4 days left');
  assert.equal(daysLeftWords({ ...card, days_left: 1 }, NOW), '2 days left');
  assert.equal(daysLeftWords({ ...card, days_left: 0 }, NOW), 'Last day');
  assert.equal(daysLeftWords({ ends: '2026-12-04T00:00:00Z' }, NOW, 'UTC'), 'Ended 3 Dec');
  assert.equal(daysLeftWords({ ends: '2026-12-09T00:00:00Z' }, NOW), '2 days left'); // computed when not given
});

test('a window reads as its days, the month said once when it is one month', () => {
  assert.equal(dateRangeWords('2026-12-01T00:00:00Z', '2026-12-15T00:00:00Z', 'UTC'), '1–14 Dec');
  assert.equal(dateRangeWords('2026-11-28T00:00:00Z', '2026-12-06T00:00:00Z', 'UTC'), '28 Nov – 5 Dec');
  assert.equal(
    dateRangeWords('2026-12-28T00:00:00Z', '2027-01-04T00:00:00Z', 'UTC'),
    '28 Dec 2026 – 3 Jan 2027',
  );
  assert.equal(dateRangeWords('2026-12-03T00:00:00Z', '2026-12-04T00:00:00Z', 'UTC'), '3 Dec');
});

test('the state in words: how far along, reached (or won), or missed', () => {
  assert.equal(stateWords(card), '64% there');
  assert.equal(stateWords({ ...card, state: 'reached' }), 'Goal reached');
  assert.equal(stateWords({ ...card, state: 'won' }), 'Goal reached');
  assert.equal(stateWords({ ...card, state: 'missed' }), 'Missed');
});

test('the reward says what the team gets, and after, what it got', () => {
  assert.equal(rewardWords(card), '+50 points each when the team gets there');
  assert.equal(rewardWords({ ...card, state: 'won' }), 'Everyone in Sales earned +50 points');
  assert.equal(rewardWords({ ...card, state: 'missed', reward_points: 1 }), 'The reward was +1 point each');
});

test('contributors: the top three, then you when you are not among them', () => {
  assert.equal(contributorWords(card, 10), 'Alex Morgan 40, Sam Lee 30, Kim Ito 20, you: 12');
  assert.equal(contributorWords(card, 8), 'Alex Morgan 40, You 30, Kim Ito 20');
  assert.equal(contributorWords({ ...card, contributors: [], mine: 0 }, 8), 'No one has contributed yet');
});

test('the others are everyone past the named few and you, with what they counted', () => {
  assert.deepEqual(othersOf(card, 10), { people: 0, count: 0 });
  assert.deepEqual(othersOf(card, 8), { people: 1, count: 12 });
  assert.deepEqual(othersOf({ ...card, others: { people: 4, count: 9 } }, 8), { people: 5, count: 21 });
});

test('progress is a fraction of the target, never past the end', () => {
  assert.equal(progressOf(card), 0.64);
  assert.equal(progressOf({ count: 250, target: 200 }), 1);
  assert.equal(progressOf({ count: 3, target: 0 }), 0);
});

test('a celebration dismissed is remembered per advocate', () => {
  const values = new Map();
  const storage = { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => values.set(k, v) };
  assert.equal(wasCelebrated(7, 'team.sales-200', storage), false);
  rememberCelebrated(7, 'team.sales-200', storage);
  assert.equal(wasCelebrated(7, 'team.sales-200', storage), true);
  assert.equal(wasCelebrated(8, 'team.sales-200', storage), false);
  values.set('amplify.challenges.celebrated', 'not json');
  assert.equal(wasCelebrated(7, 'team.sales-200', storage), false);
});
