// The My points card's words for /me/analytics: what the advocate's shares
// brought this month, with unique clickers and the all-time count beside it.
import { countOf } from './countOf.js';

/** {title, detail} for the card, or null when the answer isn't the expected shape. */
export function myClicksText(figures) {
  const month = figures && figures.month;
  const allTime = figures && figures.all_time;
  if (!month || !allTime) return null;
  const unique = countOf(month.unique_clickers, 'unique clicker');
  return {
    title: `Your shares brought ${countOf(month.clicks, 'click')} this month`,
    detail: `${unique} this month · ${countOf(allTime.clicks, 'click')} all time`,
  };
}
