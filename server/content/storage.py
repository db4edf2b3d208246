"""Where uploaded images are kept: a small interface (save bytes, open by name), and the instance
folder behind it by default. Names are the content's hash, so saving the same image twice keeps
one file, and a name can be cached for ever."""

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import BinaryIO, Protocol

from flask import current_app

SUFFIXES = {".webp": "image/webp", ".jpg": "image/jpeg"}
# Only names this module made: a hash and a known suffix, so no name can reach outside the folder.
NAME = re.compile(r"[0-9a-f]{64}\.(webp|jpg)")


class Storage(Protocol):
    def save(self, data: bytes, suffix: str) -> str:
        """Keep `data`; return its name."""

    def open(self, name: str) -> BinaryIO:
        """The stored file; FileNotFoundError for a name that names nothing."""


def name_for(data: bytes, suffix: str) -> str:
    if suffix not in SUFFIXES:
        raise ValueError(f"unknown suffix {suffix!r}")
    return hashlib.sha256(data).hexdigest() + suffix


def content_type(name: str) -> str:
    return SUFFIXES[Path(name).suffix]


class LocalStorage:
    """Files in one folder (by default instance/media)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def save(self, data: bytes, suffix: str) -> str:
        name = name_for(data, suffix)
        path = self.folder / name
        if not path.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            # Written aside and renamed, so a reader never sees half a file.
            handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".part")
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        return name

    def open(self, name: str) -> BinaryIO:
        if not NAME.fullmatch(name):
            raise FileNotFoundError(name)
        return (self.folder / name).open("rb")


def current() -> Storage:
    """The app's storage: one set in app.extensions["content_storage"], else the instance folder."""
    configured = current_app.extensions.get("content_storage")
    return configured or LocalStorage(Path(current_app.instance_path) / "media")
