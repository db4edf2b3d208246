import { test } from 'node:test';
import assert from 'node:assert/strict';
import { passwordProblem, PASSWORD_MIN } from '../src/lib/passwordRules.js';

test('a short password is refused with the minimum length', () => {
  assert.equal(passwordProblem('short'), `Use at least ${PASSWORD_MIN} characters.`);
});

test('a long password of one repeated character is refused', () => {
  assert.equal(passwordProblem('aaaaaaaaaaaaaa'), 'Use more than a few different characters.');
});

test('an overlong password is refused', () => {
  assert.match(passwordProblem('ab3d'.repeat(40)), /at most 128/);
});

test('a passphrase passes', () => {
  assert.equal(passwordProblem('correct horse battery'), null);
});
