// The Give kudos form's rules, mirrored from the server (KudosIn and the
// monthly cap) so most mistakes show before a round trip. The server still
// decides: the allowance shown can be stale if the leader gave kudos on
// another device, and its answer lands next to the same fields.
export const MESSAGE_MIN = 2;
export const MESSAGE_MAX = 500;
export const POINTS_MAX = 1000;

/** "You can give 90 more points this month." */
export function allowanceText({ left }) {
  if (left <= 0) return "You've given all your kudos points this month; a message alone still counts.";
  return `You can give ${left} more ${left === 1 ? 'point' : 'points'} this month.`;
}

/** The points to send: an empty field means a message without points. */
export function kudosPoints(points) {
  return points === '' || points === undefined || points === null ? 0 : points;
}

/** {receiver_id?, message?, points?}: what to fix, keyed like the API's fields. */
export function kudosProblems({ receiverId, message, points }, allowance) {
  const problems = {};
  if (!receiverId) problems.receiver_id = 'Choose who to recognise.';
  const words = (message || '').trim();
  if (words.length < MESSAGE_MIN) problems.message = 'Say what they did, in a few words.';
  else if (words.length > MESSAGE_MAX) problems.message = `Keep it under ${MESSAGE_MAX} characters.`;
  const value = kudosPoints(points);
  if (!Number.isInteger(value) || value < 0 || value > POINTS_MAX) {
    problems.points = `Points are a whole number from 0 to ${POINTS_MAX}.`;
  } else if (allowance && value > allowance.left) {
    problems.points = `Over your kudos cap: you have ${allowance.left} of ${allowance.cap} points left this month.`;
  }
  return problems;
}
