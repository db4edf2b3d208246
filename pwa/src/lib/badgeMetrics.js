// What a badge can count (the server's lifetime aggregates), in words, with
// a starting description for new badges.
export const METRICS = [
  ['shares_total', 'Shares, all networks', 'Share company content'],
  ['clicks_total', 'Clicks on shared links', 'Bring clicks to your links'],
  ['content_opened_total', 'Content read', 'Read company content'],
  ['quiz_passed_total', 'Quizzes passed', 'Pass the training quiz'],
  ['suggestion_approved_total', 'Suggestions approved', 'Have suggested content approved'],
  ['suggestion_shared_total', 'Suggestions shared', 'Have colleagues share content you suggested'],
  ['kudos_total', 'Kudos received', 'Receive kudos from a leader'],
  ['guidelines_acknowledged_total', 'Guidelines acknowledged', 'Acknowledge the social media guidelines'],
  ['shares_linkedin', 'Shares on LinkedIn', 'Share on LinkedIn'],
  ['shares_x', 'Shares on X', 'Share on X'],
  ['shares_facebook', 'Shares on Facebook', 'Share on Facebook'],
  ['shares_whatsapp', 'Shares on WhatsApp', 'Share on WhatsApp'],
  ['shares_email', 'Shares by email', 'Share by email'],
  ['streak_days', 'Streak length', 'Keep a sharing streak'],
  ['lifetime_points', 'Lifetime points', 'Earn lifetime points'],
];

export const METRIC_OPTIONS = METRICS.map(([value, label]) => ({ value, label }));

export const TIERS = ['Bronze', 'Silver', 'Gold'];

/** The description a new badge starts with for `metric` ("" if unknown). */
export function metricCriteria(metric) {
  const found = METRICS.find(([value]) => value === metric);
  return found ? found[2] : '';
}
