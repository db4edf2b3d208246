"""The rank store: where each advocate stands on each live board, answered in O(log n).

The ledger is the source of truth; `Score` rows are its sums per period, written in the same
transaction as the ledger. The rank store indexes the current periods' scores for fast ranks: in
process for the embedded default, in Redis sorted sets when `REDIS_URL` is set (shared by every
server process). It is rebuilt from the scores when a process starts and by `flask rebuild-ranks`.
"""

from flask import Flask, current_app

from server.leaderboards.ranks.memory import MemoryRankStore
from server.leaderboards.ranks.store import RankStore


def init_app(app: Flask) -> None:
    if app.config["RANK_STORE_URL"]:
        from server.leaderboards.ranks.redis_store import RedisRankStore

        store: RankStore = RedisRankStore.from_url(app.config["RANK_STORE_URL"], app.config["RANK_PREFIX"])
    else:
        store = MemoryRankStore()
    app.extensions["rank_store"] = store


def rank_store() -> RankStore:
    return current_app.extensions["rank_store"]


__all__ = ["RankStore", "init_app", "rank_store"]
