// The spendable balance, big, and the promise that spending leaves the
// leaderboard alone.
import { formatPoints } from '../../lib/numberFormat.js';

export function BalanceCard({ balance }) {
  return (
    <section class="card store-balance" aria-labelledby="store-balance-title">
      <h2 id="store-balance-title" class="sr-only">
        Your balance
      </h2>
      <p class="store-balance-figure" data-testid="store-balance">
        <strong>{formatPoints(balance.available)}</strong> {balance.available === 1 ? 'point' : 'points'} to spend
      </p>
      <p class="store-balance-note">
        {formatPoints(balance.earned)} earned, {formatPoints(balance.spent)} spent. Spending never lowers your
        leaderboard points, level or badges.
      </p>
    </section>
  );
}
