"""Team challenges as cards: the goal, the team's progress, who is contributing, and results kept."""
