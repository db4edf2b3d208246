import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isWebLink,
  suggestionProblems,
  refusalFields,
  suggestionStatus,
} from '../src/lib/suggestionDraft.js';
import { usefulShare } from '../src/lib/usefulShare.js';
import { flattenFieldErrors } from '../src/lib/fieldErrors.js';

test('only http and https links can be suggested', () => {
  assert.equal(isWebLink('https://northwind.example/blog'), true);
  assert.equal(isWebLink('http://northwind.example'), true);
  assert.equal(isWebLink('javascript:alert(1)'), false);
  assert.equal(isWebLink('ftp://northwind.example'), false);
  assert.equal(isWebLink('northwind.example'), false);
});

test('a suggestion needs a link, a title and the advocate’s own words', () => {
  assert.deepEqual(
    suggestionProblems({ url: 'https://a.example', title: 'A story', comment: 'Worth it' }),
    {},
  );
  const problems = suggestionProblems({ url: 'a.example', title: '  ', comment: 'x' });
  assert.deepEqual(Object.keys(problems).sort(), ['comment', 'title', 'url']);
  assert.match(suggestionProblems({ url: 'https://a.example', title: 't'.repeat(201), comment: 'ok' }).title, /200/);
});

test('a duplicate suggestion is shown next to the link', () => {
  const error = { code: 'already_suggested', message: 'You already suggested this link.', fields: null };
  assert.deepEqual(refusalFields(error, flattenFieldErrors), { url: 'You already suggested this link.' });
  const fieldError = { code: 'validation_error', message: 'Invalid', fields: { title: ['Too long.'] } };
  assert.deepEqual(refusalFields(fieldError, flattenFieldErrors), { title: 'Too long.' });
});

test('statuses read as what happened to the suggestion', () => {
  assert.equal(suggestionStatus('pending').label, 'Waiting for review');
  assert.equal(suggestionStatus('approved').tone, 'approved');
  assert.equal(suggestionStatus('rejected').label, 'Not taken');
});

test('the useful share is a whole percent, or null before anyone rated', () => {
  assert.equal(usefulShare({ useful: 3, not_for_me: 1 }), 75);
  assert.equal(usefulShare({ useful: 1, not_for_me: 2 }), 33);
  assert.equal(usefulShare({ useful: 0, not_for_me: 0 }), null);
});
