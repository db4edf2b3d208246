// The live board reducer: versions, stale and early deltas, ranks and our own rank.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromSnapshot, needsSnapshot, receiveDelta, replay } from '../src/lib/liveBoard.js';

const ME = 9;
const BOARD = { period: 'week', period_key: '2026-W48', scope: 'company', value: null };

function entry(id, points, rank) {
  return { rank, advocate: { id, display_name: `P${id}`, team: null }, points };
}

function snapshot(overrides = {}) {
  return {
    ...BOARD,
    ranking: 'competition',
    version: 10,
    total_ranked: 4,
    page: 1,
    pages: 1,
    entries: [entry(1, 100, 1), entry(2, 80, 2), entry(ME, 60, 3), entry(4, 40, 4)],
    me: { rank: 3, points: 60, listed: true },
    neighbours: [],
    ...overrides,
  };
}

function delta(versions, changes) {
  return { board: BOARD, versions, changes };
}

const change = (id, points, version, reached = 1000 + version) => ({
  id,
  points,
  version,
  reached,
  display_name: `P${id}`,
  team: null,
});

const order = (state) => state.board.entries.map((row) => [row.advocate.id, row.points, row.rank]);

test('a change re-sorts the loaded rows and recomputes ranks and our rank', () => {
  const { state, refetch } = receiveDelta(fromSnapshot(snapshot(), ME), delta([11], [change(4, 90, 11)]));
  assert.deepEqual(order(state), [
    [1, 100, 1],
    [4, 90, 2],
    [2, 80, 3],
    [ME, 60, 4],
  ]);
  assert.equal(state.board.me.rank, 4);
  assert.equal(state.board.version, 11);
  assert.equal(refetch, null);
});

test('a delta whose versions are all held already is dropped', () => {
  const start = fromSnapshot(snapshot(), ME);
  const { state } = receiveDelta(start, delta([9, 10], [change(4, 500, 10)]));
  assert.equal(state, start);
});

test('a change older than the one held for that member is ignored', () => {
  let { state } = receiveDelta(fromSnapshot(snapshot(), ME), delta([12], [change(4, 95, 12)]));
  ({ state } = receiveDelta(state, delta([11], [change(4, 70, 11)])));
  assert.deepEqual(order(state)[1], [4, 95, 2]);
  assert.equal(needsSnapshot(state), false);
});

test('a gap is remembered until the missing versions arrive', () => {
  const first = receiveDelta(fromSnapshot(snapshot(), ME), delta([13], [change(2, 85, 13)]));
  assert.equal(first.refetch, 'soon');
  assert.equal(needsSnapshot(first.state), true);
  const second = receiveDelta(first.state, delta([11, 12], [change(4, 45, 12)]));
  assert.equal(needsSnapshot(second.state), false);
  assert.equal(second.state.board.version, 13);
  assert.equal(second.refetch, null);
});

test('ties keep whoever got there first ahead', () => {
  const { state } = receiveDelta(fromSnapshot(snapshot(), ME), delta([11], [change(4, 80, 11)]));
  assert.deepEqual(order(state).slice(1, 3), [
    [2, 80, 2],
    [4, 80, 2],
  ]);
  assert.equal(state.board.me.rank, 4);
});

test('dense ranking counts distinct scores', () => {
  const start = fromSnapshot(snapshot({ ranking: 'dense' }), ME);
  const { state } = receiveDelta(start, delta([11], [change(4, 80, 11)]));
  assert.deepEqual(
    order(state).map((row) => row[2]),
    [1, 2, 2, 3],
  );
  assert.equal(state.board.me.rank, 3);
});

test('a newcomer is counted and inserted; a member leaving is removed', () => {
  let { state } = receiveDelta(fromSnapshot(snapshot(), ME), delta([11], [change(20, 70, 11)]));
  assert.equal(state.board.total_ranked, 5);
  assert.deepEqual(order(state)[2], [20, 70, 3]);
  assert.equal(state.board.entries[2].advocate.display_name, 'P20');
  assert.equal(state.board.me.rank, 4);
  ({ state } = receiveDelta(state, delta([12], [change(1, 0, 12)])));
  assert.equal(state.board.total_ranked, 4);
  assert.equal(state.board.entries[0].advocate.id, 2);
  assert.equal(state.board.me.rank, 3);
});

test('our own change updates our points and rank', () => {
  const { state, refetch } = receiveDelta(fromSnapshot(snapshot(), ME), delta([11], [change(ME, 90, 11)]));
  assert.deepEqual(state.board.me, { rank: 2, points: 90, listed: true });
  assert.equal(refetch, null);
});

test('leaving the board ourselves asks for a snapshot', () => {
  const { refetch } = receiveDelta(fromSnapshot(snapshot(), ME), delta([11], [change(ME, 0, 11)]));
  assert.equal(refetch, 'now');
});

// A big board: 2 rows loaded out of 6, we are 5th with neighbours around us.
function pinnedSnapshot() {
  return snapshot({
    total_ranked: 6,
    pages: 3,
    entries: [entry(1, 100, 1), entry(2, 80, 2)],
    me: { rank: 5, points: 40, listed: true },
    neighbours: [entry(3, 60, 3), entry(4, 50, 4), entry(ME, 40, 5), entry(6, 30, 6)],
  });
}

test('someone passing us from below moves our rank down by one, and refreshes neighbours', () => {
  const { state, refetch } = receiveDelta(fromSnapshot(pinnedSnapshot(), ME), delta([11], [change(6, 55, 11)]));
  assert.equal(state.board.me.rank, 6);
  assert.equal(refetch, 'now');
});

test('an unknown member rising on a partly loaded board is a doubt, resolved by a snapshot soon', () => {
  const { state, refetch } = receiveDelta(fromSnapshot(pinnedSnapshot(), ME), delta([11], [change(30, 20, 11)]));
  assert.equal(refetch, 'soon');
  assert.equal(needsSnapshot(state), true);
  assert.equal(state.board.me.rank, 5);
});

test('a loaded member falling past the loaded rows asks for a snapshot', () => {
  const { state, refetch } = receiveDelta(fromSnapshot(pinnedSnapshot(), ME), delta([11], [change(2, 10, 11)]));
  assert.deepEqual(order(state), [[1, 100, 1]]);
  assert.equal(refetch, 'now');
});

test('an unlisted caller keeps a rank where they would stand', () => {
  const hidden = snapshot({
    total_ranked: 3,
    entries: [entry(1, 100, 1), entry(2, 80, 2), entry(4, 40, 3)],
    me: { rank: 3, points: 60, listed: false },
  });
  const { state } = receiveDelta(fromSnapshot(hidden, ME), delta([11], [change(4, 70, 11)]));
  assert.equal(state.board.me.rank, 4);
});

test('replay applies only the deltas newer than the snapshot', () => {
  const deltas = [delta([10], [change(4, 500, 10)]), delta([11], [change(4, 90, 11)])];
  const { state } = replay(fromSnapshot(snapshot(), ME), deltas);
  assert.deepEqual(order(state)[1], [4, 90, 2]);
  assert.equal(state.board.version, 11);
});

test('deltas for another board are ignored', () => {
  const start = fromSnapshot(snapshot(), ME);
  const other = { ...delta([11], [change(4, 90, 11)]), board: { ...BOARD, scope: 'team', value: '2' } };
  assert.equal(receiveDelta(start, other).state, start);
});
