// The login screen's messages after a failed single sign-on come from a fixed
// list: whatever else the address says is never shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ssoErrorMessage } from '../src/lib/ssoErrors.js';

test('no error in the address, no message', () => {
  assert.equal(ssoErrorMessage('#/login'), null);
  assert.equal(ssoErrorMessage(''), null);
});

test('each code the server sends has its own message', () => {
  const codes = [
    'sso_denied',
    'sso_expired',
    'sso_invalid',
    'sso_failed',
    'sso_unavailable',
    'domain_not_allowed',
    'account_inactive',
    'email_unverified',
    'email_missing',
    'no_account',
  ];
  const messages = codes.map((code) => ssoErrorMessage(`#/login?sso_error=${code}`));
  assert.equal(new Set(messages).size, codes.length);
  assert.match(ssoErrorMessage('#/login?sso_error=domain_not_allowed'), /domain/);
});

test('an unknown code, or markup, gets the general message and nothing of the address', () => {
  const forged = ssoErrorMessage('#/login?sso_error=%3Cimg%20src%3Dx%3E');
  assert.equal(forged, 'Single sign-on did not work. Please try again.');
  assert.equal(ssoErrorMessage('#/login?sso_error=toString'), forged);
});
