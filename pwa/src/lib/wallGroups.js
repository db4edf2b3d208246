// The wall's winners come ordered by scope, prize and place: one group per
// prize, in that order, so each prize is a card with its winners.
export function wallGroups(winners) {
  const groups = [];
  for (const winner of winners) {
    const last = groups[groups.length - 1];
    if (last && last.prize.id === winner.prize.id) last.winners.push(winner);
    else groups.push({ prize: winner.prize, scope: winner.scope, winners: [winner] });
  }
  return groups;
}
