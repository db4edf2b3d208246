"""Importing people from a CSV file: read it, plan each row's outcome, apply the plan in one
transaction, and send the new people's invitations in the background."""
