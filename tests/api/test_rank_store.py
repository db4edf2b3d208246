"""Both rank store backends against a plain sorted list: same order, ranks and windows."""

import os
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server.leaderboards.ranks.memory import MemoryRankStore
from server.leaderboards.ranks.store import Put

BACKENDS = ["memory"] + (["redis"] if os.environ.get("REDIS_URL") else [])
T = 1_800_000_000.0  # a moment in 2027


def make_store(kind: str):
    if kind == "memory":
        return MemoryRankStore()
    from server.leaderboards.ranks.redis_store import RedisRankStore

    return RedisRankStore.from_url(os.environ["REDIS_URL"], f"test:{uuid.uuid4().hex}:")


@pytest.fixture(params=BACKENDS)
def store(request):
    made = make_store(request.param)
    yield made
    made.clear()


def test_order_is_points_then_who_got_there_first_then_id(store):
    store.apply([Put("b", 1, 50, T + 10), Put("b", 2, 80, T), Put("b", 3, 50, T + 5), Put("b", 4, 50, T + 5)])
    assert store.window("b", 0, 10) == [(2, 80), (3, 50), (4, 50), (1, 50)]
    assert [store.snapshot("b", m, 0, 0, 0, False, None).place for m in (1, 2, 3, 4)] == [3, 0, 1, 2]
    competition, dense = (store.snapshot("b", 1, 0, 0, 0, d, None).above for d in (False, True))
    assert (competition, dense) == (1, 1)
    hidden = store.snapshot("b", 9, 0, 0, 0, False, 10)
    assert (hidden.points, hidden.place, hidden.above) == (10, 4, 4)
    assert store.size("b") == 4 and store.snapshot("b", 9, 0, 0, 0, False, None).points is None


def test_a_put_replaces_the_old_score_and_zero_removes(store):
    first = store.apply([Put("b", 1, 10, T), Put("b", 2, 20, T)])[-1][1]
    assert store.apply([Put("b", 1, 10, T), Put("b", 9, 0, T)]) == []  # changes nothing
    store.apply([Put("b", 1, 30, T + 1)])
    assert store.window("b", 0, 5) == [(1, 30), (2, 20)]
    last = store.apply([Put("b", 2, 0, T + 2)])[0][1]
    assert store.window("b", 0, 5) == [(1, 30)] and store.snapshot("b", 2, 0, 0, 0, False, None).place is None
    assert last == first + 2 == store.version("b")
    assert store.window("b", 5, 10) == [] and store.window("nothing", 0, 5) == []


def test_a_rebuild_swaps_every_board_and_versions_keep_growing(store):
    store.apply([Put("old", 1, 5, T), Put("kept", 1, 5, T)])
    before = store.version("kept")
    store.replace_all({"kept": [Put("kept", 2, 7, T)], "new": [Put("new", 3, 1, T)], "empty": []}, {})
    assert store.is_built()
    assert store.window("kept", 0, 5) == [(2, 7)] and store.version("kept") > before
    assert store.window("old", 0, 5) == [] and store.window("new", 0, 5) == [(3, 1)]
    assert store.size("empty") == 0


puts = st.lists(
    st.tuples(st.integers(1, 12), st.integers(-5, 40), st.integers(0, 4)), min_size=1, max_size=60
)


@pytest.mark.parametrize("kind", BACKENDS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(puts)
def test_any_sequence_of_puts_ranks_like_a_sorted_list(kind, sequence):
    store, model = make_store(kind), {}
    try:
        for member, points, seconds in sequence:
            store.apply([Put("b", member, points, T + seconds)])
            if points > 0:
                model[member] = (points, seconds)
            else:
                model.pop(member, None)
        expected = sorted(model, key=lambda m: (-model[m][0], model[m][1], m))
        assert store.window("b", 0, 100) == [(m, model[m][0]) for m in expected]
        assert store.size("b") == len(expected)
    finally:
        store.clear()


@pytest.mark.parametrize("kind", BACKENDS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(puts, st.integers(1, 12), st.booleans(), st.integers(0, 3), st.integers(1, 40))
def test_a_snapshot_agrees_with_a_sorted_list(kind, sequence, viewer, dense, page, hint):
    store, model = make_store(kind), {}
    try:
        for member, points, seconds in sequence:
            store.apply([Put("b", member, points, T + seconds)])
            model[member] = (points, seconds)
        model = {m: v for m, v in model.items() if v[0] > 0}
        order = sorted(model, key=lambda m: (-model[m][0], model[m][1], m))
        rows = [(m, model[m][0]) for m in order]

        def above(points):
            higher = [p for p, _ in model.values() if p > points]
            return len(set(higher)) if dense else len(higher)

        snap = store.snapshot("b", viewer, page * 3, page * 3 + 3, 2, dense, hint)
        assert (snap.version, snap.size, snap.top) == (
            store.version("b"),
            len(order),
            rows[page * 3 : page * 3 + 3],
        )
        assert snap.top_above == (above(snap.top[0][1]) if snap.top else 0)
        points = model[viewer][0] if viewer in model else hint
        place = order.index(viewer) if viewer in model else sum(1 for p, _ in model.values() if p > hint)
        last = place + 3 if viewer in model else place + 2
        assert (snap.points, snap.place, snap.above) == (points, place, above(points))
        assert (snap.around, snap.around_start) == (rows[max(0, place - 2) : last], max(0, place - 2))
        assert snap.around_above == (above(snap.around[0][1]) if snap.around else 0)
    finally:
        store.clear()
