// Board order and ranks, computed the way the server does: points high to low,
// then whoever reached their points first, then id.
//
// Rows from a snapshot carry no `reached`, but the snapshot lists them in
// order already. A row a delta touched reached its points after that snapshot
// was read, so among equal points it goes after the untouched ones; sorting is
// stable, so untouched rows keep the snapshot's order among themselves.

export function compareRows(a, b) {
  if (a.points !== b.points) return b.points - a.points;
  const aKnown = a.reached != null;
  const bKnown = b.reached != null;
  if (!aKnown || !bKnown) return Number(aKnown) - Number(bKnown);
  return a.reached - b.reached || a.advocate.id - b.advocate.id;
}

export const sortRows = (rows) => [...rows].sort(compareRows);

/**
 * Rank of a score among rows that hold everyone with more points (a board's
 * top rows, loaded from the first place on). Competition: 1 + how many have
 * more (1, 2, 2, 4); dense: 1 + how many different scores are higher (1, 2, 2, 3).
 */
export function rankAmong(rows, points, ranking) {
  const higher = rows.filter((row) => row.points > points);
  if (ranking === 'dense') return 1 + new Set(higher.map((row) => row.points)).size;
  return 1 + higher.length;
}

/** Sorted rows with their ranks recomputed; rows must start at the first place. */
export function withRanks(rows, ranking) {
  let rank = 0;
  let previous = null;
  return sortRows(rows).map((row, index) => {
    if (row.points !== previous) rank = ranking === 'dense' ? rank + 1 : index + 1;
    previous = row.points;
    return row.rank === rank ? row : { ...row, rank };
  });
}
