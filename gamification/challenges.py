"""Team challenges: a collective goal in a window that rewards every member when met."""

from dataclasses import dataclass
from datetime import datetime


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

    def counts(self, team_id: int | None, event_type: str, moment: datetime) -> bool:
        return team_id == self.team_id and event_type == self.event_type and self.starts <= moment < self.ends
