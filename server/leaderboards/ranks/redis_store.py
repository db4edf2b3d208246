"""The shared rank store: Redis sorted sets, one set of keys per board, written by Lua scripts so
every process sees each update whole.

Per board: a sorted set in board order, a hash of exact points, a sorted set of the distinct
scores with a hash counting each (for dense ranks in O(log n)), and a version counter. Keys of
one board share a hash tag. How members are shown (name, team) sits in one hash beside them, read
in the same script as the board, so a board answer needs no database.
"""

import functools
import time
import uuid

import redis

from server.errors import Unavailable
from server.leaderboards.ranks.store import Name, Put, Snapshot, second

T0 = 1_577_836_800  # 2020-01-01: reached times are stored as seconds after this
TIME_SPAN = 2**32
ID_SPAN = 10**12

PUT = """
local old = redis.call('HGET', KEYS[2], ARGV[1])
if old == false and tonumber(ARGV[2]) <= 0 then return 0 end
if old == ARGV[2] and redis.call('ZSCORE', KEYS[1], ARGV[1]) == ARGV[3] then return 0 end
if old then
  if redis.call('HINCRBY', KEYS[4], old, -1) <= 0 then
    redis.call('HDEL', KEYS[4], old)
    redis.call('ZREM', KEYS[3], old)
  end
end
if tonumber(ARGV[2]) > 0 then
  redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
  if redis.call('HINCRBY', KEYS[4], ARGV[2], 1) == 1 then
    redis.call('ZADD', KEYS[3], ARGV[2], ARGV[2])
  end
else
  redis.call('ZREM', KEYS[1], ARGV[1])
  redis.call('HDEL', KEYS[2], ARGV[1])
end
return redis.call('INCR', KEYS[5])
"""

# One round trip for a whole leaderboard answer. Bounds are formatted with %.0f: Lua's default
# number formatting rounds to 14 digits, too few for an order score.
SNAPSHOT = """
local order, pts, vals, ver, names = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local member, reach, dense, hint = ARGV[1], tonumber(ARGV[4]), ARGV[5] == '1', ARGV[6]
local function higher(p)
  return redis.call('ZCOUNT', order, string.format('%.0f', (p + 1) * 4294967296), '+inf')
end
local function above(p)
  if dense then return redis.call('ZCOUNT', vals, '(' .. p, '+inf') end
  return higher(p)
end
local function rows(a, b)
  if b < a then return {{}, {}} end
  local found = redis.call('ZREVRANGE', order, a, b)
  if #found == 0 then return {{}, {}} end
  return {found, redis.call('HMGET', pts, unpack(found))}
end
local top = rows(tonumber(ARGV[2]), tonumber(ARGV[3]) - 1)
local top_above = 0
if #top[1] > 0 then top_above = above(tonumber(top[2][1])) end
local mine = redis.call('HGET', pts, member)
local points = tonumber(mine or hint) or 0
local place, mine_above, around, around_start, around_above = -1, 0, {{}, {}}, 0, 0
if points > 0 then
  if mine then place = redis.call('ZREVRANK', order, member) else place = higher(points) end
  mine_above = above(points)
  around_start = math.max(0, place - reach)
  local last = place + reach
  if not mine then last = last - 1 end
  around = rows(around_start, last)
  if #around[1] > 0 then around_above = above(tonumber(around[2][1])) end
end
local shown = {}
for _, m in ipairs(top[1]) do shown[#shown + 1] = m end
for _, m in ipairs(around[1]) do shown[#shown + 1] = m end
local labels = {}
if #shown > 0 then labels = redis.call('HMGET', names, unpack(shown)) end
return {tonumber(redis.call('GET', ver) or '0'), redis.call('ZCARD', order), top[1], top[2], top_above,
        points, place, mine_above, around[1], around[2], around_start, around_above, shown, labels}
"""

WINDOW = """
local members = redis.call('ZREVRANGE', KEYS[1], ARGV[1], ARGV[2])
if #members == 0 then return {{}, {}} end
return {members, redis.call('HMGET', KEYS[2], unpack(members))}
"""


# How often a process asks Redis whether the boards are built: a Redis restarted empty (no
# persistence) is noticed within this long and rebuilt from the scores.
BUILT_RECHECK_SECONDS = 5.0


def reaching_redis(method):
    """Turn Redis being unreachable into `Unavailable` (503 for a request, skipped after a commit),
    and remember the boards missed writes, so they are rebuilt once Redis answers again."""

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except (redis.ConnectionError, redis.TimeoutError) as error:
            self.stale = True
            raise Unavailable(f"rank store: {error}") from error

    return call


def order_score(points: int, reached: float) -> int:
    """Points first, then earlier reached higher; exact in a double while points < 2**21."""
    elapsed = min(max(second(reached) - T0, 0), TIME_SPAN - 1)
    return points * TIME_SPAN + (TIME_SPAN - 1 - elapsed)


def member_key(member: int) -> str:
    # Equal scores list in reverse byte order; counting down makes lower ids list first.
    return f"{ID_SPAN - member:012d}"


def member_id(key: bytes | str) -> int:
    return ID_SPAN - int(key)


class RedisRankStore:
    def __init__(self, client: redis.Redis, prefix: str):
        self.redis, self.prefix = client, prefix
        self._put = client.register_script(PUT)
        self._window = client.register_script(WINDOW)
        self._snapshot = client.register_script(SNAPSHOT)
        self._built_seen_at = None  # when Redis last said the boards are built
        self.stale = False  # a write failed: rebuild when Redis is back

    @classmethod
    def from_url(cls, url: str, prefix: str) -> "RedisRankStore":
        return cls(redis.Redis.from_url(url, socket_timeout=5, health_check_interval=30), prefix)

    def _keys(self, board: str, suffix: str = "") -> list[str]:
        tag = f"{self.prefix}{{{board}}}"
        return [f"{tag}:{part}{suffix}" for part in ("order", "points", "values", "counts", "version")]

    @reaching_redis
    def apply(self, puts: list[Put]) -> list[tuple[Put, int]]:
        pipe = self.redis.pipeline(transaction=False)
        for put in puts:
            args = [member_key(put.member), put.points, order_score(put.points, put.reached)]
            self._put(keys=self._keys(put.board), args=args, client=pipe)
            pipe.sadd(f"{self.prefix}boards", put.board)
        versions = pipe.execute()[::2]
        return [(put, int(version)) for put, version in zip(puts, versions, strict=True) if version]

    @reaching_redis
    def snapshot(self, board, member, start, stop, reach, dense, hint) -> Snapshot:
        args = [member_key(member), start, stop, reach, 1 if dense else 0, "" if hint is None else hint]
        order_key, points_key, values_key, _, version_key = self._keys(board)
        keys = [order_key, points_key, values_key, version_key, f"{self.prefix}names"]
        found = self._snapshot(keys=keys, args=args)
        version, size, top_ids, top_points, top_above, points, place, above = found[:8]
        around_ids, around_points, around_start, around_above, shown, labels = found[8:]
        return Snapshot(
            int(version),
            int(size),
            _rows(top_ids, top_points),
            int(top_above),
            int(points) if int(points) > 0 else None,
            int(place) if int(place) >= 0 else None,
            int(above),
            _rows(around_ids, around_points),
            int(around_start),
            int(around_above),
            {member_id(m): _name(label) for m, label in zip(shown, labels, strict=True) if label},
        )

    @reaching_redis
    def name(self, names: dict[int, Name], forget=()) -> None:
        pipe = self.redis.pipeline(transaction=False)
        if names:
            pipe.hset(f"{self.prefix}names", mapping=_labels(names))
        if forget:
            pipe.hdel(f"{self.prefix}names", *(member_key(m) for m in forget))
        pipe.execute()

    @reaching_redis
    def window(self, board: str, start: int, stop: int) -> list[tuple[int, int]]:
        if stop <= start:
            return []
        members, points = self._window(keys=self._keys(board)[:2], args=[start, stop - 1])
        return _rows(members, points)

    @reaching_redis
    def size(self, board: str) -> int:
        return self.redis.zcard(self._keys(board)[0])

    @reaching_redis
    def version(self, board: str) -> int:
        return int(self.redis.get(self._keys(board)[4]) or 0)

    @reaching_redis
    def replace_all(self, boards: dict[str, list[Put]], names: dict[int, Name]) -> None:
        """Build each board under temporary keys, then rename them over the live ones at once.
        The temporary keys are this build's own: two processes starting together both build, and
        shared ones would be renamed away under the slower one ("no such key")."""
        temporary_suffix = f":new:{uuid.uuid4().hex}"
        filled = {board for board, puts in boards.items() if self._build(board, puts, temporary_suffix)}
        old = {b.decode() for b in self.redis.smembers(f"{self.prefix}boards")}
        pipe = self.redis.pipeline(transaction=True)
        for board in boards:
            temporaries = self._keys(board, temporary_suffix)[:4]
            for temporary, live in zip(temporaries, self._keys(board)[:4], strict=True):
                if board in filled:
                    pipe.rename(temporary, live)
                else:
                    pipe.delete(live)
            # Versions carry on, so a client holding an old snapshot sees it is stale.
            pipe.incr(self._keys(board)[4])
        for board in old - set(boards):
            pipe.delete(*self._keys(board))
        pipe.delete(f"{self.prefix}boards")
        if boards:
            pipe.sadd(f"{self.prefix}boards", *boards)
        pipe.delete(f"{self.prefix}names")
        if names:
            pipe.hset(f"{self.prefix}names", mapping=_labels(names))
        pipe.set(f"{self.prefix}built", 1)
        pipe.execute()
        self.stale, self._built_seen_at = False, time.monotonic()

    def _build(self, board: str, puts: list[Put], suffix: str) -> bool:
        """Write the board under its temporary keys; False when it has nobody on it."""
        order, points, values, counts = self._keys(board, suffix)[:4]
        pipe = self.redis.pipeline(transaction=False)
        pipe.delete(order, points, values, counts)
        live = [put for put in puts if put.points > 0]
        tally: dict[int, int] = {}
        for put in live:
            tally[put.points] = tally.get(put.points, 0) + 1
        if live:
            pipe.zadd(order, {member_key(p.member): order_score(p.points, p.reached) for p in live})
            pipe.hset(points, mapping={member_key(p.member): p.points for p in live})
            pipe.zadd(values, {str(value): value for value in tally})
            pipe.hset(counts, mapping={str(value): n for value, n in tally.items()})
        pipe.execute()
        return bool(live)

    @reaching_redis
    def is_built(self) -> bool:
        if self.stale:
            self.redis.ping()  # rebuild once Redis answers, not on every share while it is away
            return False
        seen = self._built_seen_at
        if seen is None or time.monotonic() - seen > BUILT_RECHECK_SECONDS:
            seen = time.monotonic() if self.redis.exists(f"{self.prefix}built") else None
            self._built_seen_at = seen
        return seen is not None

    def clear(self) -> None:
        self._built_seen_at = None
        keys = list(self.redis.scan_iter(match=f"{self.prefix}*", count=1000))
        for start in range(0, len(keys), 500):
            self.redis.delete(*keys[start : start + 500])


def _rows(members: list, points: list) -> list[tuple[int, int]]:
    return [(member_id(m), int(p)) for m, p in zip(members, points, strict=True)]


# A label is the display name, a unit separator and the team (empty for none): no JSON to parse.
SEPARATOR = "\x1f"


def _labels(names: dict[int, Name]) -> dict[str, str]:
    return {member_key(m): f"{name}{SEPARATOR}{team or ''}" for m, (name, team) in names.items()}


def _name(label: bytes) -> Name:
    name, _, team = label.decode().partition(SEPARATOR)
    return name, team or None
