"""The organisation running the programme, and its teams."""

import time
from datetime import datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

from flask import g, has_app_context
from sqlalchemy import JSON, Column, ForeignKey, Integer, String, Table, event
from sqlalchemy.orm import Mapped, mapped_column

from server.extensions import db
from server.models.types import UTCDateTime


class Organisation(db.Model):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    # "competition" (1, 2, 2, 4) or "dense" (1, 2, 2, 3).
    ranking: Mapped[str] = mapped_column(String(16), default="competition")
    # UTM parameters added to tracked links' destinations; None: links.utm.DEFAULT_UTM.
    utm: Mapped[dict | None] = mapped_column(JSON)
    # Earned media value settings; None: services.analytics.DEFAULT_EMV.
    emv: Mapped[dict | None] = mapped_column(JSON)
    # Kudos points each manager or admin may give in a month, across everyone they recognise.
    kudos_cap: Mapped[int] = mapped_column(Integer, default=100, server_default="100")
    # Guidelines rules for sharing: words no shared content may carry, the disclosure an edited
    # caption must keep (e.g. "#NorthwindEmployee"), and the training quiz (see services.quiz).
    prohibited_words: Mapped[list | None] = mapped_column(JSON)
    required_disclosure: Mapped[str | None] = mapped_column(String(80))
    quiz: Mapped[dict | None] = mapped_column(JSON)
    # Raw click rows older than this are deleted daily; the rollups keep their counts.
    click_retention_days: Mapped[int] = mapped_column(Integer, default=395, server_default="395")
    # Branding, applied to the app, its manifest, icons and login screen; None: Amplify's own.
    logo_url: Mapped[str | None] = mapped_column(String(2048))
    brand_colour: Mapped[str | None] = mapped_column(String(7))  # "#1f5fbf"
    accent_colour: Mapped[str | None] = mapped_column(String(7))
    # The contact push services may use (VAPID subject); None: the VAPID_SUBJECT setting.
    push_contact: Mapped[str | None] = mapped_column(String(254))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @classmethod
    def current(cls) -> "Organisation":
        """Return the single organisation, creating a default one on a blank database. Looked up
        once per request (app context); later calls come from the session's identity map."""
        known = g.get("organisation") if has_app_context() else None
        if known is not None and known in db.session:
            return known
        org = db.session.scalar(db.select(cls).order_by(cls.id).limit(1))
        if org is None:
            org = cls(name="My organisation", timezone="UTC")
            db.session.add(org)
            db.session.flush()
        if has_app_context():
            g.organisation = org  # a strong reference: the session only holds objects weakly
        return org


class Settings(NamedTuple):
    zone: ZoneInfo
    ranking: str
    utm: dict | None
    prohibited_words: tuple[str, ...]  # what no shared content or caption may carry
    required_disclosure: str | None  # what an edited caption must keep


SETTINGS_TTL = 5.0  # seconds another process may read old settings after a change
_settings: dict[str, tuple[float, Settings]] = {}


def settings() -> Settings:
    """The organisation's clock, ranking style, UTM template and sharing rules, cached in the
    process for a few seconds: every leaderboard read, share and tracked-link click needs them,
    and they rarely change."""
    cached = _settings.get("current")
    if cached is None or time.monotonic() - cached[0] > SETTINGS_TTL:
        org = Organisation.current()
        rules = (tuple(org.prohibited_words or ()), org.required_disclosure)
        cached = _settings["current"] = (time.monotonic(), Settings(org.zone, org.ranking, org.utm, *rules))
    return cached[1]


def forget_settings(*_) -> None:
    _settings.clear()


event.listen(Organisation, "after_update", forget_settings)
event.listen(Organisation, "after_insert", forget_settings)


team_managers = Table(
    "team_managers",
    db.metadata,
    Column("team_id", ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Team(db.Model):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    department: Mapped[str | None] = mapped_column(String(80))
    location: Mapped[str | None] = mapped_column(String(80))
    # Archived teams leave pickers and boards; their people and history stay.
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The directory's id for the group this team mirrors (SCIM externalId).
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
