"""Users: advocates, managers and admins."""

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from server.extensions import db
from server.models.types import UTCDateTime, utcnow
from server.organisation.models import Team, team_managers

ROLES = ("advocate", "manager", "admin")


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(16), default="advocate")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Organisation attributes imported with users; each is a leaderboard scope.
    department: Mapped[str | None] = mapped_column(String(80))
    location: Mapped[str | None] = mapped_column(String(80))
    # The person they report to, from an import or the directory.
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The directory's id for this person (SCIM externalId).
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    # Removed by the directory (SCIM DELETE): deactivated, gone from the directory's view, while
    # their row and ledger stay.
    deprovisioned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Off: hidden from everyone else's boards, while still seeing their own rank.
    public_ranking: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    # Part of every session and remember-me cookie (see get_id): raising it ends them all.
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Asked to be deleted: carried out after the grace period (privacy/deletion.py) unless
    # they cancel first. deleted_at: carried out; the row stays, anonymised, for the ledger.
    deletion_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    team: Mapped[Team | None] = relationship(lazy="joined")
    # Teams this person manages (several managers per team, and a manager may lead several).
    managed_teams: Mapped[list[Team]] = relationship(secondary=team_managers)

    def set_password(self, password: str) -> None:
        # scrypt: memory-hard and in the standard library, so no extra native dependency.
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    def get_id(self) -> str:
        # Flask-Login stores this in the session and the remember-me cookie; the user loader
        # accepts it only while the version still matches.
        return f"{self.id}:{self.session_version}"

    def end_sessions(self) -> None:
        """Make every session and remember-me cookie of this user stop working."""
        self.session_version = (self.session_version or 0) + 1

    @property
    def is_active(self) -> bool:
        return self.active

    def has_role(self, *roles: str) -> bool:
        return self.role in roles


def parse_session_id(value) -> tuple[int, int] | None:
    """(user id, session version) from a session's user id; None when it is not one of ours.
    A bare id (cookies from before versions existed) counts as version 0."""
    user_id, _, version = str(value).partition(":")
    if not user_id.isdigit() or not (version.isdigit() or version == ""):
        return None
    return int(user_id), int(version or 0)
