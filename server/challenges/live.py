"""Team challenge progress, live: after a counting event commits, the team sees its card move.

A burst of shares would send a card per share to every member; instead each challenge's card
goes out at most once per interval (LEADERBOARD_COALESCE_MS, like the boards' changes): the
first change after a quiet spell at once, later ones together when the interval has passed. The
card is computed once per send, for the whole team, never once per member.
"""

import logging
import threading
import time

from flask import current_app

from gamification import TeamChallenge
from server.challenges import service
from server.challenges.schemas import ChallengeCardOut
from server.realtime import publish

log = logging.getLogger(__name__)


class Pacer:
    """At most one card per challenge per interval; the last change always gets sent."""

    def __init__(self, send):
        self._send = send  # called with a challenge, inside an app context
        self._lock = threading.Lock()
        self._last_sent: dict[str, float] = {}
        self._waiting: dict[str, TeamChallenge] = {}  # held until its slot, the newest rules' copy

    def changed(self, challenge: TeamChallenge, interval: float) -> None:
        with self._lock:
            now = time.monotonic()
            due = self._last_sent.get(challenge.id, 0.0) + interval
            if now < due:
                if challenge.id not in self._waiting:
                    app = current_app._get_current_object()
                    timer = threading.Timer(due - now, self._flush, (app, challenge.id))
                    timer.daemon = True
                    timer.start()
                self._waiting[challenge.id] = challenge
                return
            self._last_sent[challenge.id] = now
        self._send(challenge)

    def sent(self, challenge: TeamChallenge) -> None:
        with self._lock:
            self._last_sent[challenge.id] = time.monotonic()

    def _flush(self, app, challenge_id: str) -> None:
        with self._lock:
            challenge = self._waiting.pop(challenge_id, None)
            self._last_sent[challenge_id] = time.monotonic()
        if challenge is None:
            return
        try:
            with app.app_context():
                self._send(challenge)
        except Exception:  # a lost progress message must never take a thread's error further
            log.exception("team challenge %s: progress not sent", challenge_id)


def counted(challenge: TeamChallenge, reached: bool) -> None:
    """After the commit of events counting toward `challenge`: tell its team, and celebrate
    with them once when this settlement is the one that met the goal. The events are committed
    whatever happens here: a card that cannot be sent is logged, never the request's error."""
    try:
        if reached:
            _pacer.sent(challenge)
            card, members = _card(challenge)
            publish.challenge_reached(members, card)
            return
        _pacer.changed(challenge, current_app.config["LEADERBOARD_COALESCE_MS"] / 1000)
    except Exception:
        log.exception("team challenge %s: progress not sent", challenge.id)


def _send(challenge: TeamChallenge) -> None:
    card, members = _card(challenge)
    publish.challenge_progressed(members, card)


def _card(challenge: TeamChallenge) -> tuple[dict, list[int]]:
    card, members = service.live_card(challenge)
    return ChallengeCardOut().dump(card), members  # as the API shows it: times in ISO 8601


_pacer = Pacer(_send)
