"""How monthly prize winners are chosen: pure functions over a frozen month, no database."""
