// Insights → the headline figures for the period: shares, clicks, unique
// clickers, click-through (clicks per share) and estimated earned media value.
import { formatCount, formatPerShare, formatMoney } from '../../lib/analyticsFormat.js';

export function TotalsCards({ totals, currency }) {
  const cards = [
    { id: 'shares', label: 'Shares', value: formatCount(totals.shares) },
    { id: 'clicks', label: 'Clicks', value: formatCount(totals.clicks) },
    { id: 'unique-clickers', label: 'Unique clickers', value: formatCount(totals.unique_clickers) },
    {
      id: 'click-through',
      label: 'Click-through',
      value: formatPerShare(totals.click_through),
      note: 'clicks per share',
    },
    {
      id: 'emv',
      label: 'Earned media value',
      value: formatMoney(totals.emv, currency),
      note: 'estimated',
    },
  ];
  return (
    <dl class="figure-cards">
      {cards.map((card) => (
        <div key={card.id} class="figure-card" data-testid={`total-${card.id}`}>
          <dt>{card.label}</dt>
          <dd>
            <span class="figure-value">{card.value}</span>
            {card.note && <span class="figure-note">{card.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
