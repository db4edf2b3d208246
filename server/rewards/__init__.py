"""The reward store: rewards advocates spend their points on, redemptions and their fulfilment."""
