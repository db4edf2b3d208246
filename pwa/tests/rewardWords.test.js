// The reward store in words: stock, limits, the redemption timeline, what
// happens next, and a refusal's reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  limitWords,
  nextStep,
  refusalReason,
  updateNews,
  stockColumn,
  stockWords,
  timeline,
} from '../src/features/rewards/rewardWords.js';

const steps = (redemption) => timeline(redemption).map((s) => `${s.label}:${s.state}`);

test('the timeline marks what is done, where it is now and what is to come', () => {
  assert.deepEqual(steps({ status: 'requested' }), ['Requested:current', 'Approved:todo', 'Sent:todo', 'Received:todo']);
  assert.deepEqual(steps({ status: 'sent' }), ['Requested:done', 'Approved:done', 'Sent:current', 'Received:todo']);
  assert.deepEqual(steps({ status: 'received' }), ['Requested:done', 'Approved:done', 'Sent:done', 'Received:done']);
});

test('a rejected or cancelled redemption stops after the request, with the reason', () => {
  assert.deepEqual(steps({ status: 'rejected', reason: 'Out of hoodies' }), [
    'Requested:done',
    'Rejected: Out of hoodies:stopped',
  ]);
  assert.deepEqual(steps({ status: 'cancelled' }), ['Requested:done', 'Cancelled, points returned:stopped']);
});

test("what happens next says the points are back after a rejection, and the news says why", () => {
  const rejected = { status: 'rejected', reason: 'Out of stock', cost: 500, reward: { title: 'Mug', charity: null } };
  assert.equal(nextStep(rejected), 'Your 500 points are back.');
  assert.deepEqual(updateNews(rejected), { title: 'Mug: rejected', detail: 'Out of stock. Your 500 points are back.' });
  assert.match(nextStep({ status: 'sent', reward: { charity: null } }), /on its way/);
  assert.match(nextStep({ status: 'approved', reward: { charity: 'Oxfam' } }), /donation/);
});

test('stock and limits read as a person would say them', () => {
  assert.equal(stockWords({ stock: null, stock_left: null }), '');
  assert.equal(stockWords({ stock: 10, stock_left: 0 }), 'Out of stock');
  assert.equal(stockWords({ stock: 10, stock_left: 3 }), '3 left');
  assert.equal(stockColumn({ stock: null }), 'Unlimited');
  assert.equal(stockColumn({ stock: 10, stock_left: 4 }), '4 of 10');
  assert.equal(limitWords({ per_person_limit: 1, limit_period: 'month' }), '1 per person per month');
  assert.equal(limitWords({ per_person_limit: 2, limit_period: 'ever' }), '2 per person in all');
  assert.equal(limitWords({ per_person_limit: null, limit_period: 'month' }), '');
});

test("a refusal gives the reward's reason, else the message", () => {
  const err = { message: 'Refused', fields: { reward_id: ['You need 200 more points for this reward.'] } };
  assert.equal(refusalReason(err), 'You need 200 more points for this reward.');
  assert.equal(refusalReason({ message: 'Offline' }), 'Offline');
});
