// The admin's reward form: a reward to a draft and back, checks in the
// browser, and blanks meaning unlimited stock and no limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_DRAFT, draftOf, draftProblems, rewardBody } from '../src/features/rewards/rewardDraft.js';

const filled = { ...EMPTY_DRAFT, title: ' Hoodie ', cost: '500', stock: '', per_person_limit: '', charity: ' ' };

test('blank stock is unlimited, a blank limit is none and a blank charity is no donation', () => {
  assert.deepEqual(rewardBody(filled), {
    title: 'Hoodie',
    description: '',
    image_url: null,
    cost: 500,
    stock: null,
    per_person_limit: null,
    limit_period: 'month',
    charity: null,
  });
});

test('numbers typed become numbers', () => {
  const body = rewardBody({ ...filled, stock: '10', per_person_limit: '1', limit_period: 'year', charity: 'Oxfam' });
  assert.equal(body.stock, 10);
  assert.equal(body.per_person_limit, 1);
  assert.equal(body.limit_period, 'year');
  assert.equal(body.charity, 'Oxfam');
});

test('a reward round-trips through its draft', () => {
  const reward = {
    title: 'Tree',
    description: 'One tree planted',
    image_url: '/img/t.webp',
    cost: 100,
    stock: 0,
    per_person_limit: 3,
    limit_period: 'quarter',
    charity: 'Trees for Cities',
  };
  assert.deepEqual(rewardBody(draftOf(reward)), reward);
  assert.deepEqual(draftOf(null), EMPTY_DRAFT);
});

test('a missing title, a cost of 0 and a fractional stock are caught before sending', () => {
  const problems = draftProblems({ ...EMPTY_DRAFT, cost: '0', stock: '1.5', per_person_limit: '0' });
  assert.deepEqual(Object.keys(problems).sort(), ['cost', 'per_person_limit', 'stock', 'title']);
  assert.match(problems.cost, /1 or more/);
  assert.deepEqual(draftProblems(filled), {});
});
