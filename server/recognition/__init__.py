"""Recognition: kudos from leaders, with a message and discretionary points."""
