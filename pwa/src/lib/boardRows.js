// The rows a leaderboard shows: the loaded top of the board and, when we aren't
// among them, a gap ("…") then our neighbours with our own row between them.
// Someone hidden from public ranking isn't on the board at all, yet still sees
// a row of their own where they would stand. Our row's rank and points come
// from `me`, which deltas keep current even while the neighbours catch up.

/** [{type: 'row', key, entry, isMe, hidden} | {type: 'gap', key}] */
export function boardRows(board, meId, profile) {
  const top = board.entries.map((entry) => row(entry, entry.advocate.id === meId));
  if (top.some((item) => item.isMe)) return top;
  const mine = myRow(board, meId, profile);
  if (!board.me.rank) return top.length ? [...top, GAP, mine] : [];
  const last = board.entries[board.entries.length - 1];
  const beyond = board.total_ranked > board.entries.length;
  if (!last || !beyond || board.me.points >= last.points) return withMine(top, mine);

  const loaded = new Set(board.entries.map((entry) => entry.advocate.id));
  const others = board.neighbours.filter((entry) => entry.advocate.id !== meId);
  const around = board.neighbours
    .filter((entry) => !loaded.has(entry.advocate.id))
    .map((entry) => (entry.advocate.id === meId ? mine : row(entry, false)));
  const rows = withMine(around, mine);
  const overlap = others.some((entry) => loaded.has(entry.advocate.id));
  // Competition ranks are places, so the next place after the loaded rows means no gap.
  const next = board.ranking !== 'dense' && rows[0].entry.rank === board.entries.length + 1;
  return overlap || next ? [...top, ...rows] : [...top, GAP, ...rows];
}

const GAP = { type: 'gap', key: 'gap' };

function row(entry, isMe) {
  return { type: 'row', key: entry.advocate.id, entry, isMe, hidden: false };
}

function myRow(board, meId, profile) {
  const listed = board.neighbours.find((entry) => entry.advocate.id === meId);
  const advocate = listed ? listed.advocate : { id: meId, display_name: profile.display_name, team: profile.team };
  const entry = { rank: board.me.rank, advocate, points: board.me.points };
  return { type: 'row', key: meId, entry, isMe: true, hidden: !board.me.listed };
}

/** Our row among others, where the server would count us: before anyone with as many points. */
function withMine(rows, mine) {
  if (rows.some((item) => item.isMe)) return rows;
  const at = rows.findIndex((item) => item.entry.points <= mine.entry.points);
  return at < 0 ? [...rows, mine] : [...rows.slice(0, at), mine, ...rows.slice(at)];
}
