// The server's rules for a new password (server/accounts/password_rule.py), checked
// before sending so the person hears at once what to change. The server
// checks again and has the last word (it also refuses common passwords).
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const PASSWORD_HINT = `At least ${PASSWORD_MIN} characters. A few words you'll remember work well.`;

/** A message naming what to change, or null when the password may go. */
export function passwordProblem(password) {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  if (new Set(password).size < 4) return 'Use more than a few different characters.';
  return null;
}
