// What the leaderboard lists: the loaded top, a gap, and our row among our neighbours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boardRows } from '../src/lib/boardRows.js';
import { rankMoveMessage } from '../src/lib/boardNames.js';

const ME = 9;
const PROFILE = { display_name: 'Me', team: 'Sales' };
const entry = (id, points, rank) => ({ rank, advocate: { id, display_name: `P${id}`, team: null }, points });
const shape = (rows) => rows.map((row) => (row.type === 'gap' ? '…' : `${row.entry.advocate.id}#${row.entry.rank}`));

function board(overrides) {
  return { ranking: 'competition', total_ranked: 8, entries: [entry(1, 90, 1), entry(2, 80, 2)], ...overrides };
}

test('our row in the loaded rows is marked, nothing pinned', () => {
  const b = board({ entries: [entry(1, 90, 1), entry(ME, 80, 2)], me: { rank: 2, points: 80, listed: true } });
  const rows = boardRows(b, ME, PROFILE);
  assert.deepEqual(shape(rows), ['1#1', '9#2']);
  assert.equal(rows[1].isMe, true);
});

test('further down: a gap, then our neighbours without the ones already loaded', () => {
  const b = board({
    me: { rank: 6, points: 40, listed: true },
    neighbours: [entry(4, 60, 4), entry(5, 50, 5), entry(ME, 40, 6), entry(7, 30, 7)],
  });
  assert.deepEqual(shape(boardRows(b, ME, PROFILE)), ['1#1', '2#2', '…', '4#4', '5#5', '9#6', '7#7']);
  const near = board({
    me: { rank: 4, points: 60, listed: true },
    neighbours: [entry(2, 80, 2), entry(3, 70, 3), entry(ME, 60, 4)],
  });
  assert.deepEqual(shape(boardRows(near, ME, PROFILE)), ['1#1', '2#2', '3#3', '9#4']);
});

test('hidden from others, we still see our own row where we would stand', () => {
  const b = board({ total_ranked: 2, me: { rank: 2, points: 85, listed: false }, neighbours: [] });
  const rows = boardRows(b, ME, PROFILE);
  assert.deepEqual(shape(rows), ['1#1', '9#2', '2#2']);
  assert.equal(rows[1].hidden, true);
  assert.equal(rows[1].entry.advocate.display_name, 'Me');
});

test('without points we are listed after a gap, unranked', () => {
  const b = board({ total_ranked: 2, me: { rank: null, points: 0, listed: true }, neighbours: [] });
  assert.deepEqual(shape(boardRows(b, ME, PROFILE)), ['1#1', '2#2', '…', '9#null']);
});

test('rank moves are worded for the live region, and only when they happen', () => {
  const phrase = "this week's company board";
  assert.equal(rankMoveMessage(4, 3, phrase), "You moved up to 3rd on this week's company board.");
  assert.equal(rankMoveMessage(2, 11, phrase), "You moved down to 11th on this week's company board.");
  assert.equal(rankMoveMessage(null, 22, phrase), "You are now 22nd on this week's company board.");
  assert.equal(rankMoveMessage(3, 3, phrase), null);
  assert.equal(rankMoveMessage(3, null, phrase), null);
});
