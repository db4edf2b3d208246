// A closed month's preview, read for the manager's actions: who each row
// is (an advocate, or a team for a best team prize) and the winners to
// confirm exactly as they were shown.

/** The id the API knows a preview row by: user_id, or team_id for best team. */
export const memberId = (winner) => (winner.user_id ?? winner.team_id);

/** The confirm body: every prize's winners in the previewed order. */
export function confirmation(close) {
  return {
    prizes: close.prizes.map((prize) => ({ prize_id: prize.id, winners: prize.winners.map(memberId) })),
  };
}

/** The exclusion body: a team for a best team prize, else the advocate; the prize only when
 * the exclusion is for it alone ("month" names none: it covers every prize of the month). */
export function exclusion(prize, winner, scope, reason) {
  const byTeam = prize.method === 'best_team';
  const who = byTeam ? { team_id: winner.team_id } : { user_id: winner.user_id };
  return { scope, ...(scope === 'prize' ? { prize_id: prize.id } : {}), ...who, reason };
}

export const isAwarded = (close) => Boolean(close && close.confirmed_at);

export const winnerCount = (close) => close.prizes.reduce((sum, prize) => sum + prize.winners.length, 0);

/** The close with one awarded winner's fulfilment changed, shown before the server answers. */
export function withStatus(close, winnerId, status) {
  const prizes = close.prizes.map((prize) => ({
    ...prize,
    winners: prize.winners.map((w) => (w.winner_id === winnerId ? { ...w, status } : w)),
  }));
  return { ...close, prizes };
}
