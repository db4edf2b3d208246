"""Accounts: signing in and out, sessions, invitations, password resets, deactivation, the signed-in
person's own profile."""
