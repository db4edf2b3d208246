"""Lighthouse on the feed, leaderboard and My points, signed in as the demo advocate, phone settings.

Starts a real server (gunicorn, a throwaway SQLite database seeded with the demo) on a free
loopback port, logs in as advocate@demo.example, and runs Lighthouse (bench/lighthouse/audit.mjs,
Debian's Chromium, Lighthouse's default mobile form factor and simulated throttling) on each
screen `--runs` times. Reports go to artifacts/lighthouse/; the table shows the median of each
category. Exits 1 when a screen misses a target: performance 95, accessibility and best
practices 100.

    PYTHONPATH=. .venv/bin/python bench/lighthouse/run.py [--runs 3]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from server.demo import PASSWORD  # noqa: E402
from tests.support.live_server import ApiSession, live_server  # noqa: E402

PAGES = [
    {"name": "feed", "hash": "feed", "heading": "Your feed"},
    {"name": "leaderboard", "hash": "leaderboard", "heading": "Leaderboard"},
    {"name": "points", "hash": "points", "heading": "My points"},
]
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
WIDTHS = (12, 14, 15, 5)
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100}
OUT = ROOT / "artifacts" / "lighthouse"


def audit(base: str, cookies: list[dict], runs: int) -> list[dict]:
    """Run audit.mjs and return its per-page results."""
    request = {
        "base": base,
        "cookies": cookies,
        "pages": PAGES,
        "runs": runs,
        "out": str(OUT),
        "chrome": os.environ.get("CHROME_PATH", "/usr/bin/chromium"),
    }
    done = subprocess.run(
        ["node", HERE / "audit.mjs"], input=json.dumps(request), text=True, stdout=subprocess.PIPE, check=True
    )
    return json.loads(done.stdout)


def medians(page: dict) -> dict:
    return {c: statistics.median(run["scores"][c] for run in page["runs"]) for c in CATEGORIES}


def report(results: list[dict]) -> bool:
    """Print the table of medians; return whether every target is met."""
    header = ["page".ljust(12), *(c.rjust(w) for c, w in zip(CATEGORIES, WIDTHS, strict=True))]
    print("\n" + " ".join(header) + "   runs (performance)")
    met = True
    for page in results:
        scores = medians(page)
        missed = [c for c, target in TARGETS.items() if scores[c] < target]
        met = met and not missed
        runs = ", ".join(str(run["scores"]["performance"]) for run in page["runs"])
        cells = [f"{scores[c]:>{w}g}" for c, w in zip(CATEGORIES, WIDTHS, strict=True)]
        verdict = f"   MISSED: {', '.join(missed)}" if missed else ""
        print(f"{page['name']:<12} {' '.join(cells)}   {runs}{verdict}")
    targets = ", ".join(f"{c} {t}" for c, t in TARGETS.items())
    runs = len(results[0]["runs"])
    print(f"\nMedians of {runs} runs; targets: {targets}. Reports: {OUT.relative_to(ROOT)}/")
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, live_server(Path(folder), "lighthouse") as base:
        session = ApiSession(base, "advocate@demo.example", PASSWORD)
        cookies = [{"name": c.name, "value": c.value} for c in session.http.cookies]
        session.close()
        results = audit(base, cookies, args.runs)
    (OUT / "summary.json").write_text(json.dumps(results, indent=2))
    return 0 if report(results) else 1


if __name__ == "__main__":
    sys.exit(main())
