"""Prohibited words cannot be got round with look-alikes: zero-width characters, a right-to-left
override, fullwidth or styled letters, Cyrillic or Greek look-alikes and other cases are all
refused, in an edited caption and in the content itself, while words that merely contain a
prohibited one still share. The PWA's pre-check folds text with the same table and agrees."""

import importlib.util
import json
import subprocess
from pathlib import Path

import pytest

from server.extensions import limiter
from server.guidelines.text_fold import build_table, contains_word, fold_table
from tests.factories import ContentFactory

ROOT = Path(__file__).resolve().parents[2]
WORDS = ["confidential", "guaranteed returns"]
EVASIONS = {
    "zero-width space": "con\u200bfidential",
    "zero-width joiner": "confi\u200ddential",
    "word joiner": "confident\u2060ial",
    "soft hyphen": "confi\u00addential",
    "right-to-left override": "\u202elaitnedifnoc\u202c",
    "embedding controls": "conf\u202aidential\u202c",
    "fullwidth letters": "\uff43\uff4f\uff4e\uff46\uff49\uff44\uff45\uff4e\uff54\uff49\uff41\uff4c",
    "Cyrillic look-alikes": "\u0441\u043enfid\u0435nti\u0430l",
    "Greek omicron": "c\u03bfnfidential",
    "mathematical bold": "".join(chr(0x1D41A + ord(c) - ord("a")) for c in "confidential"),
    "capitals": "CONFIDENTIAL",
    "everything at once": "\uff23\u043en\u200dfid\u0435ntial",
    "no-break space": "guaranteed\u00a0returns",
    "ideographic space": "Guaranteed\u3000Returns",
}
HARMLESS = ["confidentiality", "we are confident", "guaranteed", "returns policy"]


@pytest.fixture
def guided(admin_client, advocate_client, db):
    """Guidelines with prohibited words, acknowledged by the advocate."""
    body = {"text": "Never share anything confidential.", "prohibited_words": WORDS}
    version = admin_client.put("/api/v1/guidelines", json=body).get_json()["version"]
    advocate_client.post("/api/v1/guidelines/acknowledge", json={"version": version})
    return advocate_client


def share(client, content_id, client_id, **extra):
    limiter.reset()  # many shares from one advocate in a row: the share limit is not under test
    body = {"content_id": content_id, "network": "linkedin", "client_id": client_id, **extra}
    return client.post("/api/v1/shares", json=body)


def assert_refused(response, field: str):
    error = response.get_json()["error"]
    assert (response.status_code, error["code"]) == (422, "prohibited_words"), error
    assert field in error["fields"]
    assert any(f"“{word}”" in error["message"] for word in WORDS), error["message"]


@pytest.mark.parametrize("disguised", EVASIONS.values(), ids=EVASIONS.keys())
def test_a_disguised_word_in_an_edited_caption_is_refused(guided, disguised):
    item = ContentFactory(title="Our spring range")
    assert_refused(share(guided, item.id, "caption-0001", caption=f"Read this: {disguised}!"), "caption")


@pytest.mark.parametrize("disguised", EVASIONS.values(), ids=EVASIONS.keys())
def test_a_disguised_word_in_the_content_itself_is_refused(guided, disguised):
    item = ContentFactory(title=f"A first look, {disguised}")
    assert_refused(share(guided, item.id, "content-0001"), "content_id")


@pytest.mark.parametrize("text", HARMLESS)
def test_words_that_only_contain_part_of_a_prohibited_word_still_share(guided, text):
    item = ContentFactory(title="Our spring range")
    assert share(guided, item.id, "harmless-01", caption=f"Honestly, {text}").status_code == 201


def _lookalikes_script():
    spec = importlib.util.spec_from_file_location("lookalikes", ROOT / "scripts" / "lookalikes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_written_fold_tables_are_the_ones_unicode_data_gives():
    """Regenerate with `.venv/bin/python scripts/lookalikes.py` when this fails."""
    built = build_table()
    assert fold_table() == built
    script = _lookalikes_script()
    for name, part in script.for_pwa(built).items():
        written = (ROOT / "pwa" / "src" / "lib" / "lookalikes" / f"{name}.js").read_text(encoding="utf-8")
        assert written == script.module(part), name


AGREE = """
import { readFileSync } from 'node:fs';
import { prepareFolding, containsWord } from '%s';
const { words, texts } = JSON.parse(readFileSync(0, 'utf8'));
await prepareFolding(words);
process.stdout.write(JSON.stringify(texts.map((text) => words.map((word) => containsWord(text, word)))));
"""


def _pwa_verdicts(words: list[str], texts: list[str]) -> list[list[bool]]:
    """What pwa/src/lib/textFold.js answers, run by Node as the PWA's unit tests are."""
    module = (ROOT / "pwa" / "src" / "lib" / "textFold.js").as_uri()
    done = subprocess.run(
        ["node", "--input-type=module", "--eval", AGREE % module],
        input=json.dumps({"words": words, "texts": texts}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_pwa_and_the_server_agree_on_every_look_alike():
    """Each character the table folds, inside, beside and instead of letters of the words, in
    Latin and in other scripts: the PWA's pre-check and the server give the same answer."""
    words = [*WORDS, "\u0441\u0435\u043a\u0440\u0435\u0442", "straße"]  # Cyrillic "secret"
    texts = [*EVASIONS.values(), *HARMLESS, "die strasse", "\u0441\u0435\u043a\u0440\u0435\u0442"]
    for char in fold_table():
        texts += [f"con{char}fidential", f"{char}confidential{char}", f"{char}\u0435\u043a\u0440\u0435\u0442"]
    server = [[contains_word(text, word) for word in words] for text in texts]
    pwa = _pwa_verdicts(words, texts)
    differ = [(text, words, s, p) for text, s, p in zip(texts, server, pwa, strict=True) if s != p]
    assert not differ, differ[:10]
    assert sum(row[0] for row in server) > 100  # the corpus does hold disguised words
