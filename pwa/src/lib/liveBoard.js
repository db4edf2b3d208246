// A leaderboard snapshot kept current by `leaderboard:delta` messages.
//
// Every write to a board bumps its version. A snapshot carries the version it
// was read at; a delta lists the versions it covers and each change in it the
// version that made it. Changes are absolute (a member's new points), so
// changes to different members can be applied in any order: a delta is applied
// as soon as it arrives, each member only ever moving to a newer version, and
// any versions it skipped are remembered as a hole. A hole that stays open, or
// a change this client cannot place for sure, means a fresh snapshot is due:
// receiveDelta answers 'now', or 'soon' (if needsSnapshot still says so in a
// moment, since the missing message may just be late).
import { compareRows, rankAmong, withRanks } from './boardOrder.js';

const URGENCY = { soon: 1, now: 2 };
const worse = (a, b) => ((URGENCY[b] || 0) > (URGENCY[a] || 0) ? b : a);

export function fromSnapshot(snapshot, meId) {
  const known = new Map();
  for (const row of [...snapshot.entries, ...snapshot.neighbours]) known.set(row.advocate.id, row.points);
  if (snapshot.me.listed) known.set(meId, snapshot.me.points);
  const version = snapshot.version;
  return { board: snapshot, meId, base: version, upTo: version, seen: [], held: new Map(), known, doubt: false };
}

/** Is `described` (a delta's `board`) the board this snapshot shows? */
export function sameBoard(board, described) {
  return Boolean(
    described &&
      described.period === board.period &&
      described.period_key === board.period_key &&
      described.scope === board.scope &&
      (described.value ?? null) === (board.value ?? null),
  );
}

/** True while versions are missing or a change could not be placed for sure. */
export const needsSnapshot = (state) => state.seen.length > 0 || state.doubt;

/** Apply one delta: {state, refetch: null | 'soon' | 'now'}. Stale deltas change nothing. */
export function receiveDelta(state, delta) {
  if (!delta || !sameBoard(state.board, delta.board)) return { state, refetch: null };
  const fresh = [...new Set(delta.versions || [])].filter((v) => v > state.upTo && !state.seen.includes(v));
  if (!fresh.length) return { state, refetch: null };
  const draft = { ...state, board: { ...state.board }, held: new Map(state.held), known: new Map(state.known) };
  const notes = { touched: new Set(), shift: 0, unsure: false, ownMoved: false };
  let refetch = null;
  for (const change of delta.changes || []) refetch = worse(refetch, applyChange(draft, notes, change));
  refetch = worse(refetch, settle(draft, notes));
  const next = { ...draft, ...advance(state, fresh) };
  next.board.version = next.upTo;
  return { state: next, refetch: worse(refetch, needsSnapshot(next) ? 'soon' : null) };
}

/** The highest version with nothing missing below it, and those received above it. */
function advance({ upTo, seen }, fresh) {
  const pending = [...seen, ...fresh].sort((a, b) => a - b);
  while (pending[0] === upTo + 1) upTo = pending.shift();
  return { upTo, seen: pending };
}

function applyChange(draft, notes, change) {
  const { id, points, version } = change;
  if (version <= (draft.held.get(id) ?? draft.base)) return null; // this or newer is already shown
  const old = previousPoints(draft, id);
  draft.held.set(id, version);
  draft.known.set(id, points);
  notes.touched.add(id);
  countMember(draft, old, points);
  let refetch = null;
  if (id === draft.meId) {
    // 0 means we left the board (hidden, or deactivated); not listed means we just
    // joined it again: either way the snapshot knows our rank, we don't.
    if (points === 0 || !draft.board.me.listed) refetch = 'now';
    else draft.board.me = { ...draft.board.me, points };
    notes.ownMoved = true;
  } else {
    noteCrossing(draft.board, notes, old, points);
  }
  return worse(refetch, placeRow(draft, change));
}

/** Points before this change; undefined when the member is somewhere we haven't loaded. */
function previousPoints(draft, id) {
  if (draft.known.has(id)) return draft.known.get(id);
  return draft.board.total_ranked > draft.board.entries.length ? undefined : 0;
}

function countMember(draft, old, points) {
  const board = draft.board;
  if (old !== undefined) {
    board.total_ranked += Number(points > 0) - Number(old > 0);
  } else if (points === 0) {
    board.total_ranked -= 1; // the server only sends real changes: they were on the board
  } else {
    draft.doubt = true; // new to the board, or moving somewhere below the loaded rows?
  }
}

/** Someone passing us (or dropping behind us) moves our rank by one (competition ranking). */
function noteCrossing(board, notes, old, points) {
  const { rank, points: mine } = board.me;
  if (!rank) return;
  if (old === undefined || board.ranking === 'dense') {
    // Dense ranks also move when a new score appears above ours without anyone passing.
    if (points > mine || points === 0 || old > mine) notes.unsure = true;
    return;
  }
  if (old <= mine && points > mine) notes.shift += 1;
  else if (old > mine && points <= mine) notes.shift -= 1;
}

/** Move the member's row: into the loaded rows if it now sorts among them, else out. */
function placeRow(draft, { id, points, reached, display_name, team }) {
  const board = draft.board;
  const at = board.entries.findIndex((row) => row.advocate.id === id);
  const previous = at < 0 ? null : board.entries[at];
  const rest = at < 0 ? board.entries : board.entries.filter((_, index) => index !== at);
  board.entries = rest;
  if (points <= 0) return null;
  const advocate = previous ? { ...previous.advocate } : { id, display_name, team: team ?? null };
  if (display_name) Object.assign(advocate, { display_name, team: team ?? null });
  const row = { rank: 0, advocate, points, reached };
  const beyond = board.total_ranked - rest.length - 1; // others ranked below the loaded rows
  const last = rest[rest.length - 1];
  if (beyond <= 0 || !last || compareRows(row, last) < 0) {
    board.entries = [...rest, row]; // settle() sorts and ranks
    return null;
  }
  // It fell past the loaded rows: someone unloaded may now belong above it.
  return previous ? 'now' : null;
}

/** Sort and rank the loaded rows, then work out our own rank. */
function settle(draft, notes) {
  const board = draft.board;
  const before = board.me;
  board.entries = withRanks(board.entries, board.ranking);
  let refetch = null;
  if (before.points > 0) {
    const exact = exactRank(board, before.points);
    if (exact) board.me = { ...before, rank: exact };
    else if (notes.unsure || notes.ownMoved) refetch = 'now';
    else if (notes.shift && before.rank) board.me = { ...before, rank: before.rank + notes.shift };
  }
  const pinned = !board.entries.some((row) => row.advocate.id === draft.meId);
  const neighbourMoved = board.neighbours.some((row) => notes.touched.has(row.advocate.id));
  if (pinned && board.me.rank && (board.me.rank !== before.rank || neighbourMoved)) refetch = 'now';
  return refetch;
}

/** Our rank from the loaded rows, when they hold everyone with more points than us. */
function exactRank(board, points) {
  const rows = board.entries;
  const last = rows[rows.length - 1];
  const complete = board.total_ranked <= rows.length;
  if (!complete && !(last && points >= last.points)) return null;
  return rankAmong(rows, points, board.ranking);
}

/** A fresh snapshot with the deltas received meanwhile applied on top (older ones drop out). */
export function replay(state, deltas) {
  let refetch = null;
  for (const delta of deltas) {
    const result = receiveDelta(state, delta);
    state = result.state;
    refetch = worse(refetch, result.refetch);
  }
  return { state, refetch };
}
