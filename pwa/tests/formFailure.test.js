import { test } from 'node:test';
import assert from 'node:assert/strict';
import { envelopeFailure, fieldFailure, refusalShowing, refusalWithMessage } from '../src/lib/formFailure.js';

test('field messages from the envelope replace its general message', () => {
  const err = { message: 'Check the fields.', fields: { email: ['Not an email address.'], captions: { x: ['Too long.'] } } };
  assert.deepEqual(envelopeFailure(err), {
    fields: { email: 'Not an email address.', 'captions.x': 'Too long.' },
    message: null,
  });
});

test('a refusal naming no field shows its message, with an empty field map', () => {
  assert.deepEqual(envelopeFailure({ message: 'This link has expired.' }), { fields: {}, message: 'This link has expired.' });
  assert.deepEqual(envelopeFailure({ message: 'Forbidden.', fields: {} }), { fields: {}, message: 'Forbidden.' });
});

test('an error without a message still says something', () => {
  assert.equal(envelopeFailure(new Error('')).message, 'Something went wrong.');
  assert.equal(envelopeFailure(undefined).message, 'Something went wrong.');
});

test('browser checks with no problem let the form send', () => {
  assert.equal(fieldFailure(null), null);
  assert.equal(fieldFailure({}), null);
  assert.equal(fieldFailure({ email: '', password: null }), null);
});

test('browser checks name only the fields with a problem', () => {
  assert.deepEqual(fieldFailure({ email: 'Enter your email.', password: null }), {
    fields: { email: 'Enter your email.' },
    message: null,
  });
});

test('a form showing some fields keeps the message unless one of them explains it', () => {
  const refusal = refusalShowing(['password', 'prohibited_words']);
  const err = (fields) => ({ message: 'Check the fields.', fields });
  assert.deepEqual(refusal(err({ password: ['Wrong.'] })), { fields: { password: 'Wrong.' }, message: null });
  assert.equal(refusal(err({ prohibited_words: { 0: ['Too long.'] } })).message, null);
  assert.deepEqual(refusal(err({ team_id: ['Gone.'] })), { fields: { team_id: 'Gone.' }, message: 'Check the fields.' });
  assert.equal(refusal(err({ passwords: ['Near miss.'] })).message, 'Check the fields.');
  assert.equal(refusal({}).message, 'Something went wrong.');
});

test('a form that shows the summary anyway gets the message beside the fields', () => {
  assert.deepEqual(refusalWithMessage({ message: 'Check the fields.', fields: { title: ['Required.'] } }), {
    fields: { title: 'Required.' },
    message: 'Check the fields.',
  });
});
