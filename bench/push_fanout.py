"""Push fan-out: one content item to 10,000 subscriptions, end to end, on the embedded default.

A real server process (gunicorn, SQLite, its own task queue threads) holds 10,000 advocates with
one subscription each, all on a push service on loopback that counts what it receives per
endpoint. Each repeat publishes one content item and times from the publish request until the
push service has received the last of the 10,000 messages; every device must get exactly one. In
the same run, for comparison:

- the push service's own capacity (pipelined keep-alive requests from one client process), to
  show it is not the bottleneck;
- a plain serial loop of pywebpush.webpush(), to the same push service, run just before each
  publish so that each ratio compares two runs made moments apart;
- the per-message floor: encrypting one payload and signing one VAPID token, no network.

Medians of `--repeats`. The push service (bench/push_service_counter.py) runs in its own process.

    .venv/bin/python bench/push_fanout.py [--devices 10000 --repeats 3 --serial 2000]
"""

import argparse
import asyncio
import base64
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pywebpush import WebPusher, webpush

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import push_service_counter
from server.demo import PASSWORD
from server.push import keys
from server.push.messages import payload
from tests.support.live_server import ApiSession, live_servers, worker_pid

SUBJECT = "mailto:push-bench@example.test"
DATA = payload(
    "Spring launch: our lightest jacket yet",
    "Out now in every store, and the story behind it is worth a share.",
    "/#/feed/1",
    "content-1",
    "content",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--serial", type=int, default=2_000, help="messages in the serial webpush() loop")
    parser.add_argument(
        "--worker-class", default="gevent", help="gunicorn's; gevent is what `make run` serves"
    )
    parser.add_argument("--skip-comparisons", action="store_true", help="measure the product only")
    args = parser.parse_args()
    origin, service = push_service_counter.start()
    try:
        run(origin, args)
    finally:
        service.terminate()


def run(origin: str, args) -> None:
    vapid = keys.generate(SUBJECT)
    subscriptions = [_subscription(origin, n) for n in range(args.devices)]
    print(f"Push fan-out: one content item to {args.devices:,} subscriptions, medians of {args.repeats}")
    if args.skip_comparisons:
        product, cpu, _, _ = _product(origin, subscriptions, vapid, args, None)
        print(
            f"  the product, publish to last message:    {product:8,.0f} messages/s (server at {cpu:.0%} CPU)"
        )
        return
    capacity = _median(args.repeats, lambda: _capacity(origin))
    print(f"  push service capacity (pipelined, no crypto): {capacity:8,.0f} requests/s")
    floor_each = _median(args.repeats, lambda: _floor(subscriptions[:1000], vapid))
    each = f"({floor_each:.0f} µs each)"
    print(f"  encrypt + sign floor, one core:          {1e6 / floor_each:8,.0f} messages/s {each}")
    serial_loop = lambda: _serial(origin, subscriptions[: args.serial], vapid)  # noqa: E731
    product, cpu, serial, ratio = _product(origin, subscriptions, vapid, args, serial_loop)
    print(f"  serial pywebpush.webpush() loop:         {serial:8,.0f} messages/s")
    print(f"  the product, publish to last message:    {product:8,.0f} messages/s (server at {cpu:.0%} CPU)")
    print(f"  product / serial loop:  {ratio:5.2f}x   (goal: 3x; the median of each repeat's pair)")
    print(f"  product / floor:        {product * floor_each / 1e6:5.2f}x")
    headroom = capacity / product
    print(f"  service capacity / product: {headroom:5.1f}x (above 1: the service is not the bottleneck)")
    print(f"  goal: at least 1,000 messages/s end to end: {'met' if product >= 1000 else 'NOT met'}")


def _subscription(origin: str, n: int) -> dict:
    point = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    )
    return {
        "endpoint": f"{origin}/push/{n}",
        "keys": {"p256dh": _b64(point), "auth": _b64(secrets.token_bytes(16))},
    }


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _median(repeats: int, measure) -> float:
    return statistics.median(measure() for _ in range(repeats))


def _stats(origin: str, reset: bool = False) -> dict:
    return requests.get(f"{origin}/{'reset' if reset else 'stats'}", timeout=10).json()


def _check_one_each(origin: str, count: int, what: str) -> dict:
    stats = _stats(origin)
    expected = {"received": count, "paths": count, "most_to_one_path": 1, "refused": 0}
    got = {name: stats[name] for name in expected}
    if got != expected:
        raise SystemExit(f"{what}: every device must get exactly one message; push service saw {got}")
    return stats


# --- the push service's own capacity --------------------------------------------------------------


def _capacity(origin: str, connections: int = 4, depth: int = 50, rounds: int = 50) -> float:
    """Requests per second the service answers when the client costs next to nothing."""
    _stats(origin, reset=True)
    body = secrets.token_bytes(300)
    request = (
        b"POST /push/capacity HTTP/1.1\r\nHost: bench\r\nAuthorization: vapid t="
        + b"x" * 300
        + b", k="
        + b"y" * 87
        + b"\r\nContent-Encoding: aes128gcm\r\nTTL: 86400\r\nUrgency: normal\r\nContent-Length: %d\r\n\r\n"
        % len(body)
        + body
    )
    answer = len(push_service_counter.CREATED)
    host, port = origin.removeprefix("http://").split(":")

    async def connection():
        reader, writer = await asyncio.open_connection(host, int(port))
        for _ in range(rounds):
            writer.write(request * depth)
            await reader.readexactly(answer * depth)
        writer.close()

    async def all_connections():
        await asyncio.gather(*(connection() for _ in range(connections)))

    started = time.perf_counter()
    asyncio.run(all_connections())
    elapsed = time.perf_counter() - started
    if _stats(origin)["received"] != connections * depth * rounds:
        raise SystemExit("push service capacity: requests went missing")
    return connections * depth * rounds / elapsed


# --- the per-message floor and the serial loop -----------------------------------------------------


def _floor(subscriptions: list[dict], vapid: keys.VapidKeys) -> float:
    """Microseconds to encrypt one payload and sign one VAPID token, as pywebpush does per call."""
    signer, data = vapid.signer(), DATA.encode()
    started = time.perf_counter()
    for info in subscriptions:
        WebPusher(info).encode(data)
        aud = info["endpoint"].split("/push/")[0]
        signer.sign({"sub": SUBJECT, "aud": aud, "exp": int(time.time()) + 3600})
    return (time.perf_counter() - started) / len(subscriptions) * 1e6


def _serial(origin: str, subscriptions: list[dict], vapid: keys.VapidKeys) -> float:
    """The naive sender: one webpush() call after another, as its README shows."""
    _stats(origin, reset=True)
    started = time.perf_counter()
    for info in subscriptions:
        webpush(
            info,
            data=DATA,
            vapid_private_key=vapid.private_key,
            vapid_claims={"sub": SUBJECT},  # a fresh dict each call: webpush() adds aud and exp
            ttl=86400,
            timeout=10,
        )
    elapsed = time.perf_counter() - started
    _check_one_each(origin, len(subscriptions), "serial loop")
    return len(subscriptions) / elapsed


# --- the product -----------------------------------------------------------------------------------


def _product(origin, subscriptions, vapid, args, serial_loop) -> tuple[float, float, float, float]:
    """The product's rate and CPU load; with a serial loop, its rate and the ratio too."""
    with tempfile.TemporaryDirectory(prefix="push-fanout-") as folder:
        return _publish_repeatedly(origin, subscriptions, vapid, args, Path(folder), serial_loop)


def _publish_repeatedly(origin, subscriptions, vapid, args, folder: Path, serial_loop):
    """Each repeat runs the serial loop just before the publish: this machine's speed drifts over
    a minute, so each ratio compares two runs made moments apart."""
    keys.save(vapid, folder)
    prepare = lambda env: _add_advocates(env, subscriptions)  # noqa: E731
    served = {"prepare": prepare, "worker_class": args.worker_class}
    with live_servers(folder, "pushfanout", 1, **served) as group:
        admin = ApiSession(group.urls[0], "admin@demo.example", PASSWORD, timeout=60)
        worker = worker_pid(group.pids[0])
        rates, loads, serials = [], [], []
        for n in range(args.repeats):
            if serial_loop is not None:
                serials.append(serial_loop())
                print(f"    repeat {n + 1}: the serial loop sent {serials[-1]:,.0f} messages/s")
            rate, load = _one_publish(origin, admin, worker, len(subscriptions), n)
            rates.append(rate)
            loads.append(load)
        admin.close()
    median = statistics.median
    ratios = [rate / serial for rate, serial in zip(rates, serials, strict=True)]
    return median(rates), median(loads), median(serials or [0]), median(ratios or [0])


def _one_publish(origin: str, admin: ApiSession, worker: int, count: int, n: int) -> tuple[float, float]:
    _stats(origin, reset=True)
    cpu_before = _cpu_seconds(worker)
    started = time.monotonic()
    body = {"title": f"Fan-out {n}", "url": f"https://news.example.test/fanout-{n}", "summary": "Out now."}
    created = admin.post("/api/v1/content", body)
    if created.status_code != 201:
        raise SystemExit(f"publishing failed: {created.status_code} {created.text}")
    deadline = started + 600
    while _stats(origin)["received"] < count:
        if time.monotonic() > deadline:
            raise SystemExit(f"the product: only {_stats(origin)} after 600 s")
        time.sleep(0.05)
    stats = _check_one_each(origin, count, "the product")
    elapsed = stats["last"] - started
    first, spread = stats["first"] - started, stats["last"] - stats["first"]
    print(f"    repeat {n + 1}: first message after {first:.2f} s, the rest over {spread:.2f} s")
    cpu = _cpu_seconds(worker) - cpu_before
    # A busy machine gives the server a share of a core: its CPU per message says what a whole
    # core would do.
    print(f"    the server process used {cpu / count * 1e6:.0f} µs of CPU per message")
    return count / elapsed, cpu / (time.monotonic() - started)


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / 100  # utime + stime, in clock ticks of 1/100 s


def _add_advocates(env: dict, subscriptions: list[dict]) -> None:
    """One advocate per subscription, written straight to the database (no password hashing)."""
    from sqlalchemy import create_engine, insert

    from server.models import PushDevice, User

    engine = create_engine(env["DATABASE_URL"])
    users = [
        {
            "email": f"fanout-{n}@bench.example",
            "display_name": f"Advocate {n}",
            "password_hash": "!",
            "role": "advocate",
        }
        for n in range(len(subscriptions))
    ]
    with engine.begin() as connection:
        ids = (
            connection.execute(insert(User).returning(User.id, sort_by_parameter_order=True), users)
            .scalars()
            .all()
        )
        devices = [
            {"user_id": user_id, "endpoint": info["endpoint"], "label": "Phone", **info["keys"]}
            for user_id, info in zip(ids, subscriptions, strict=True)
        ]
        connection.execute(insert(PushDevice), devices)
    engine.dispose()


if __name__ == "__main__":
    main()
