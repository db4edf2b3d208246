// Breakdown tables list what brought the most clicks first (then shares,
// then name), whatever order the server sent, and show the top few until
// asked for the rest.
export const TOP_ROWS = 10;

const nameOf = (row) => String(row.display_name || row.title || row.name || row.network || '');

export function rankRows(rows) {
  return [...(Array.isArray(rows) ? rows : [])].sort(
    (a, b) =>
      (Number(b.clicks) || 0) - (Number(a.clicks) || 0) ||
      (Number(b.shares) || 0) - (Number(a.shares) || 0) ||
      nameOf(a).localeCompare(nameOf(b)),
  );
}

export function visibleRows(rows, showAll, limit = TOP_ROWS) {
  return showAll || rows.length <= limit ? rows : rows.slice(0, limit);
}
