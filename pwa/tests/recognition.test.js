import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowanceText, kudosProblems, kudosPoints } from '../src/lib/kudosDraft.js';
import { kudosTitle } from '../src/lib/kudosNews.js';
import { nextRating } from '../src/lib/ratingToggle.js';

const allowance = { cap: 100, given: 90, left: 10 };

test('the allowance reads as points left this month', () => {
  assert.equal(allowanceText({ left: 10 }), 'You can give 10 more points this month.');
  assert.equal(allowanceText({ left: 1 }), 'You can give 1 more point this month.');
  assert.match(allowanceText({ left: 0 }), /given all your kudos points/);
});

test('a complete kudos within the allowance has no problems', () => {
  assert.deepEqual(kudosProblems({ receiverId: '3', message: 'Great demo!', points: 10 }, allowance), {});
  assert.deepEqual(kudosProblems({ receiverId: '3', message: 'Thanks', points: '' }, allowance), {});
  assert.equal(kudosPoints(''), 0);
});

test('kudos need a person, a message and points within the cap', () => {
  const problems = kudosProblems({ receiverId: '', message: ' x ', points: 11 }, allowance);
  assert.deepEqual(Object.keys(problems).sort(), ['message', 'points', 'receiver_id']);
  assert.equal(problems.points, 'Over your kudos cap: you have 10 of 100 points left this month.');
  assert.match(kudosProblems({ receiverId: '3', message: 'ok', points: 2.5 }).points, /whole number/);
  assert.match(kudosProblems({ receiverId: '3', message: 'ok', points: -1 }).points, /whole number/);
  assert.match(kudosProblems({ receiverId: '3', message: 'ok', points: 'abc' }).points, /whole number/);
  assert.match(kudosProblems({ receiverId: '3', message: 'y'.repeat(501), points: 0 }).message, /500/);
});

test('a kudos toast names the giver and the points that landed', () => {
  assert.equal(kudosTitle({ from: 'Morgan Reyes', points: 10 }), 'Kudos from Morgan Reyes: +10 points');
  assert.equal(kudosTitle({ from: 'Morgan Reyes', points: 1 }), 'Kudos from Morgan Reyes: +1 point');
  assert.equal(kudosTitle({ from: 'Morgan Reyes', points: 0 }), 'Kudos from Morgan Reyes');
});

test('tapping the pressed rating takes it back; the other one switches', () => {
  assert.equal(nextRating(null, 'useful'), 'useful');
  assert.equal(nextRating('useful', 'useful'), null);
  assert.equal(nextRating('useful', 'not_for_me'), 'not_for_me');
});
