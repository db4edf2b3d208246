// A rule's limits in words ("at most 60 pts a day", "once every day"), shown
// read-only on its card so an admin changing points sees what still caps it.
const WINDOW_WORDS = { day: 'a day', week: 'a week', month: 'a month' };

export function ruleLimits(rule) {
  const limits = (rule.caps || []).map(
    (cap) => `at most ${cap.points} pts ${WINDOW_WORDS[cap.window] || `per ${cap.window}`}`,
  );
  if (rule.min_interval_seconds > 0) limits.push(`once every ${duration(rule.min_interval_seconds)}`);
  const d = rule.diminishing;
  if (d) limits.push(`×${d.factor} after ${d.after} ${WINDOW_WORDS[d.window] || `per ${d.window}`}`);
  if (rule.points_from) limits.push(`points taken from ${rule.points_from}`);
  return limits;
}

function duration(seconds) {
  const units = [
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, unit] of units) {
    if (seconds % size === 0) {
      const n = seconds / size;
      return n === 1 ? unit : `${n} ${unit}s`;
    }
  }
  return `${seconds} seconds`;
}
