"""The organisation running the programme, and its teams."""

from zoneinfo import ZoneInfo

from flask import g, has_app_context
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from server.extensions import db


class Organisation(db.Model):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    # "competition" (1, 2, 2, 4) or "dense" (1, 2, 2, 3).
    ranking: Mapped[str] = mapped_column(String(16), default="competition")

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


class Team(db.Model):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
