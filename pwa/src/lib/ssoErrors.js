// Why single sign-on sent the browser back to the login screen. The server
// puts only a code in the address (#/login?sso_error=domain_not_allowed);
// the words shown are these, never text taken from the address.
import { routeQuery } from './router.js';

const MESSAGES = {
  sso_denied: 'Sign-in was cancelled at your identity provider. Try again when you are ready.',
  sso_expired: 'That sign-in took too long or started in another browser. Please try again.',
  sso_invalid: "Your identity provider's answer could not be verified, so you were not signed in. Please try again.",
  sso_failed: 'Your identity provider did not complete the sign-in. Please try again.',
  sso_unavailable: "Your identity provider can't be reached right now. Please try again in a few minutes.",
  domain_not_allowed: "Your email address's domain isn't allowed to sign in here. Use your work account.",
  account_inactive: 'This account has been deactivated. Ask your administrator if you think this is a mistake.',
  email_unverified: 'Your identity provider has not verified your email address, so it cannot be used to sign in here.',
  email_missing: 'Your identity provider did not share your email address, which Amplify needs to sign you in.',
  no_account: 'There is no Amplify account for you yet. Ask your administrator to add you.',
};
const FALLBACK = 'Single sign-on did not work. Please try again.';

/** The message for the sign-in that just failed, or null when none did. */
export function ssoErrorMessage(hash = window.location.hash) {
  const code = routeQuery(hash).sso_error;
  if (!code) return null;
  return Object.hasOwn(MESSAGES, code) ? MESSAGES[code] : FALLBACK;
}
