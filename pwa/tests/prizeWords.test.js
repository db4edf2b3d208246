// Prizes in plain words: how winners are chosen, who can win, and figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { howChosen, eligibility, figureLabel, fulfilmentLabel, scopeName } from '../src/features/prizes/prizeWords.js';

test('each method says how its winners are chosen', () => {
  assert.equal(howChosen({ method: 'top', quantity: 1, month: '2026-03' }), 'The advocate with the most points in March 2026 wins.');
  assert.equal(howChosen({ method: 'top', quantity: 3 }), 'The 3 advocates with the most points in the month win.');
  assert.equal(
    howChosen({ method: 'raffle', quantity: 2, ticket_cap: 50 }),
    '2 winners are drawn at random: every point is a ticket, up to 50 tickets each.',
  );
  assert.match(howChosen({ method: 'most_improved', quantity: 1 }), /gained the most points on the month before wins/);
  assert.match(howChosen({ method: 'best_team', quantity: 1 }), /^The team with the most points per member .* for everyone in it\.$/);
});

test('eligibility names the minimums, and a zero minimum still needs a point', () => {
  assert.equal(
    eligibility({ method: 'raffle', min_points: 0, min_active_days: 2, allow_repeat: false }),
    'Open to advocates with at least 1 point who shared on at least 2 days. One prize per person a month.',
  );
  assert.equal(
    eligibility({ method: 'top', min_points: 10, min_active_days: 0, allow_repeat: true }),
    'Open to advocates with at least 10 points.',
  );
  assert.equal(eligibility({ method: 'best_team', min_points: 5 }), 'Teams with at least 5 points per member.');
});

test('a winner\'s figure reads as points, tickets, improvement or per member', () => {
  assert.equal(figureLabel('top', 120), '120 points');
  assert.equal(figureLabel('top', 1), '1 point');
  assert.equal(figureLabel('raffle', 45), '45 tickets');
  assert.equal(figureLabel('most_improved', 80), '+80 points on the month before');
  assert.equal(figureLabel('best_team', 32.456), '32.46 points per member');
});

test('fulfilment and scope labels', () => {
  assert.equal(fulfilmentLabel('pending'), 'Not sent yet');
  assert.equal(fulfilmentLabel('received'), 'Received');
  assert.equal(scopeName(null), 'Whole company');
  assert.equal(scopeName(4, { 4: 'Sales' }), 'Sales');
  assert.equal(scopeName(9, {}), 'Team prize');
});
