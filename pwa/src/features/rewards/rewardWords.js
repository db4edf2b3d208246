// Rewards and redemptions in plain words: the balance, what a card says
// about stock and limits, and a redemption's timeline from requested to
// received (or where it stopped).
import { formatPoints } from '../../lib/numberFormat.js';

export const PERIODS = [
  { value: 'week', label: 'a week', adjective: 'per week' },
  { value: 'month', label: 'a month', adjective: 'per month' },
  { value: 'quarter', label: 'a quarter', adjective: 'per quarter' },
  { value: 'year', label: 'a year', adjective: 'per year' },
  { value: 'ever', label: 'in all', adjective: 'in all' },
];

const STATUS_LABELS = {
  requested: 'Requested',
  approved: 'Approved',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
  sent: 'Sent',
  received: 'Received',
};

/** "1,240 points" / "1 point". */
export const pointsWords = (n) => `${formatPoints(n)} ${Math.abs(n) === 1 ? 'point' : 'points'}`;

export const statusLabel = (status) => STATUS_LABELS[status] || status;

/** "3 left" / "Out of stock" / "" for unlimited stock. */
export function stockWords(reward) {
  if (reward.stock === null || reward.stock === undefined) return '';
  if (reward.stock_left <= 0) return 'Out of stock';
  return `${formatPoints(reward.stock_left)} left`;
}

/** "1 per person per month" / "" when anyone may redeem it as often as they like. */
export function limitWords(reward) {
  if (!reward.per_person_limit) return '';
  const period = PERIODS.find((p) => p.value === reward.limit_period);
  return `${reward.per_person_limit} per person ${period ? period.adjective : ''}`.trim();
}

/** The admin table's stock column: "Unlimited" or "4 of 10". */
export function stockColumn(reward) {
  if (reward.stock === null || reward.stock === undefined) return 'Unlimited';
  return `${formatPoints(reward.stock_left)} of ${formatPoints(reward.stock)}`;
}

/** The admin table's limit column. */
export const limitColumn = (reward) => limitWords(reward) || 'No limit';

// The happy path; a redemption leaves it only to be rejected or cancelled.
const PATH = ['requested', 'approved', 'sent', 'received'];

/**
 * The steps to show for a redemption, in order: {status, label, state} with
 * state 'done' (reached), 'current' (where it is now), 'todo' (still to come)
 * or 'stopped' (rejected or cancelled: the last step, nothing after it).
 */
export function timeline(redemption) {
  const { status } = redemption;
  if (status === 'rejected' || status === 'cancelled') {
    // Only a request can be rejected or cancelled: the request, then where it stopped.
    return [
      { status: 'requested', label: statusLabel('requested'), state: 'done' },
      { status, label: stoppedLabel(redemption), state: 'stopped' },
    ];
  }
  const at = PATH.indexOf(status);
  return PATH.map((step, i) => ({
    status: step,
    label: statusLabel(step),
    state: i < at ? 'done' : i === at ? (step === 'received' ? 'done' : 'current') : 'todo',
  }));
}

function stoppedLabel({ status, reason }) {
  if (status === 'cancelled') return 'Cancelled, points returned';
  return reason ? `Rejected: ${reason}` : 'Rejected, points returned';
}

/** One sentence on what happens next, under the timeline (which already names the step). */
export function nextStep(redemption) {
  const charity = redemption.reward && redemption.reward.charity;
  switch (redemption.status) {
    case 'requested':
      return 'Waiting for an admin to approve it. You can cancel until then.';
    case 'approved':
      return charity ? 'The donation will be made soon.' : 'It will be sent to you soon.';
    case 'sent':
      return charity ? 'The donation has been made.' : "It's on its way. Tell us when you receive it.";
    case 'received':
      return charity ? 'Donated. Thank you!' : 'Received. Enjoy!';
    case 'rejected':
    case 'cancelled':
      return `Your ${pointsWords(redemption.cost)} are back.`;
    default:
      return '';
  }
}

/** The toast for a step an admin took: "Desk plant: rejected", with the reason and what follows. */
export function updateNews(redemption) {
  const reason = redemption.status === 'rejected' && redemption.reason ? `${redemption.reason}. ` : '';
  return {
    title: `${redemption.reward.title}: ${statusLabel(redemption.status).toLowerCase()}`,
    detail: reason + nextStep(redemption),
  };
}

/** The toast after redeeming. */
export function redeemedToast(redemption) {
  const title = redemption.reward ? redemption.reward.title : 'your reward';
  return {
    title: `Requested ${title}`,
    detail: `${pointsWords(redemption.cost)} spent. An admin will approve it, and you'll be told at each step.`,
  };
}

/**
 * A refused redemption's words: the reason the server gave for the reward
 * (its `reward_id` field, which the dialog has no field for), else its message.
 */
export function refusalReason(err) {
  const reasons = err && err.fields && err.fields.reward_id;
  if (reasons) return [].concat(reasons).join(' ');
  return (err && err.message) || 'That reward could not be redeemed. Please try again.';
}
