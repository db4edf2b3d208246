// What the pending deletion says: the day it happens and how long is left,
// so "cancel" is clearly still possible.
const DAY = 24 * 60 * 60 * 1000;

export function deletionNote(dueAt, now = new Date()) {
  const due = new Date(dueAt);
  const day = due.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
  const days = Math.ceil((due - now) / DAY);
  if (days <= 0) return `Your account is due for deletion now (${day}).`;
  const left = days === 1 ? 'tomorrow or sooner' : `in ${days} days`;
  return `Your account will be deleted on ${day} (${left}).`;
}
