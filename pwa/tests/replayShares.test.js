// Replaying shares queued offline: each is sent once, kept while the server
// can't be reached, dropped (and reported) when refused, and never sent for
// another person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { replayShares, shareBody, worthRetrying } from '../src/lib/replayShares.js';

const entry = (clientId, extra = {}) => ({
  client_id: clientId,
  content_id: 7,
  network: 'linkedin',
  caption: null,
  user_id: 1,
  queued_at: `2026-11-27T10:00:0${clientId.length}Z`,
  ...extra,
});
const failure = (status, code = `http_${status}`) => Object.assign(new Error(code), { status, code });

function harness(answers) {
  const sent = [];
  const dropped = [];
  const send = async (e) => {
    sent.push(e.client_id);
    const answer = answers[e.client_id];
    if (answer instanceof Error) throw answer;
    return answer || { points: { all_time: 10 } };
  };
  const drop = async (id) => dropped.push(id);
  return { sent, dropped, send, drop };
}

test('every queued share of the advocate is sent in order and dropped once answered', async () => {
  const h = harness({});
  const outcomes = await replayShares({ entries: [entry('a'), entry('bb')], userId: 1, send: h.send, drop: h.drop });
  assert.deepEqual(h.sent, ['a', 'bb']);
  assert.deepEqual(h.dropped, ['a', 'bb']);
  assert.deepEqual(
    outcomes.map((o) => [o.entry.client_id, o.ok]),
    [
      ['a', true],
      ['bb', true],
    ],
  );
});

test('still offline: the share and everything after it stay queued', async () => {
  const h = harness({ bb: failure(0, 'offline') });
  const outcomes = await replayShares({
    entries: [entry('a'), entry('bb'), entry('ccc')],
    userId: 1,
    send: h.send,
    drop: h.drop,
  });
  assert.deepEqual(h.sent, ['a', 'bb']);
  assert.deepEqual(h.dropped, ['a']);
  assert.equal(outcomes.length, 1);
});

test('a refusal is dropped and reported as plain data; the next share still goes', async () => {
  const h = harness({ a: failure(404, 'not_found') });
  const outcomes = await replayShares({ entries: [entry('a'), entry('bb')], userId: 1, send: h.send, drop: h.drop });
  assert.deepEqual(h.dropped, ['a', 'bb']);
  assert.deepEqual(outcomes[0].error, { status: 404, code: 'not_found', message: 'not_found' });
  assert.equal(outcomes[1].ok, true);
});

test("another person's queued shares are neither sent nor dropped", async () => {
  const h = harness({});
  await replayShares({ entries: [entry('a', { user_id: 2 }), entry('bb')], userId: 1, send: h.send, drop: h.drop });
  assert.deepEqual(h.sent, ['bb']);
  assert.deepEqual(h.dropped, ['bb']);
});

test('server errors, rate limits and a lost session are worth retrying; other answers are final', () => {
  for (const status of [0, 500, 503, 401, 429]) assert.equal(worthRetrying(failure(status)), true, status);
  for (const status of [400, 403, 404, 409, 422]) assert.equal(worthRetrying(failure(status)), false, status);
});

test('the body sends the caption only when the advocate edited it', () => {
  assert.deepEqual(shareBody(entry('a')), { content_id: 7, network: 'linkedin', client_id: 'a' });
  assert.equal(shareBody(entry('a', { caption: 'Mine' })).caption, 'Mine');
});
