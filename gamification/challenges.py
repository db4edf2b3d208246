"""Team challenges: a collective goal in a window that rewards every member when met."""

from dataclasses import dataclass
from datetime import datetime

from gamification.outcome import Award


@dataclass(frozen=True, slots=True)
class TeamChallenge:
    """`team_id` reaches `target` events of type `event_type` between `starts` and `ends`."""

    id: str
    name: str
    team_id: int
    event_type: str
    target: int
    starts: datetime
    ends: datetime
    reward_points: int
    enabled: bool = True

    @property
    def event_id(self) -> str:
        """The id every member's reward is recorded under: one payout per challenge."""
        return f"challenge:{self.id}"

    def counts(self, team_id: int | None, event_type: str, moment: datetime) -> bool:
        return (
            self.enabled
            and team_id == self.team_id
            and event_type == self.event_type
            and self.starts <= moment < self.ends
        )

    def award(self, member: int, version: int) -> Award:
        """What a member gets when the team meets the goal."""
        notes = " (team goal met)"
        return Award(member, self.event_id, self.id, version, self.reward_points, self.name, notes)
