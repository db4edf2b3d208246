// The offline banner's words: offline or unreachable, the data's age, and
// the shares waiting to be sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { offlineMessage, olderDate } from '../src/lib/offlineMessage.js';
import { relativeTime } from '../src/lib/relativeTime.js';

const now = Date.parse('2026-11-27T12:00:00Z');
const savedAt = '2026-11-27T11:48:00.000Z';

test('online with live data and nothing waiting says nothing', () => {
  assert.equal(offlineMessage({ online: true, savedAt: null, pending: 0, now }), null);
});

test('offline says so, with the age of the data shown and the shares waiting', () => {
  const age = relativeTime(savedAt, now);
  assert.match(age, /12/);
  assert.equal(
    offlineMessage({ online: false, savedAt, pending: 2, now }),
    `You're offline. Showing what was saved ${age}. 2 shares waiting to send.`,
  );
  assert.equal(offlineMessage({ online: false, savedAt: null, pending: 1, now }), "You're offline. 1 share waiting to send.");
});

test("a cached answer while the browser thinks it's online means the server can't be reached", () => {
  assert.match(offlineMessage({ online: true, savedAt, pending: 0, now }), /^Can't reach Amplify right now\. Showing/);
});

test('the oldest Date header wins, and unreadable ones are ignored', () => {
  const a = 'Fri, 27 Nov 2026 11:48:00 GMT';
  const b = 'Fri, 27 Nov 2026 11:50:00 GMT';
  assert.equal(olderDate(a, b), '2026-11-27T11:48:00.000Z');
  assert.equal(olderDate(b, a), '2026-11-27T11:48:00.000Z');
  assert.equal(olderDate(null, b), '2026-11-27T11:50:00.000Z');
  assert.equal(olderDate('nonsense', null), null);
});
