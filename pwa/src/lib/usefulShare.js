// How content landed (the leaders' ratings table): the share of ratings
// that said useful.

/** Percent of ratings that said useful, 0 to 100; null when nobody rated. */
export function usefulShare({ useful, not_for_me: notForMe }) {
  const total = useful + notForMe;
  return total ? Math.round((useful / total) * 100) : null;
}
