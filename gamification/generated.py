"""Compile generated source under a filename of its own, so tracebacks through it show its lines.

Code run by a bare `exec` is all `File "<string>"`, and a traceback cannot show the line that
failed. Each generated function gets a unique pseudo-filename (`<scorer share v3 #12>`) whose
lines are entered in linecache; the entry goes when the function does, so rebuilding engines
(a simulation builds two per request) does not grow the cache for ever.
"""

import linecache
import weakref
from collections.abc import Callable
from itertools import count
from typing import Any

_serial = count(1)


def define(name: str, source: str, label: str, scope: dict[str, Any]) -> Callable[..., Any]:
    """Run `source` in `scope` and return the function `name` it defines.

    `label` says what the function is for; a serial number makes the filename unique, since two
    engines can compile the same trigger and version from different rules."""
    filename = f"<{label} #{next(_serial)}>"
    code = compile(source, filename, "exec")
    # Split on "\n" only, as the compiler counts lines (str.splitlines also splits on \f, \x1c...).
    lines = [line + "\n" for line in source.split("\n")]
    # No mtime: linecache.checkcache keeps entries without one instead of looking for the file.
    linecache.cache[filename] = (len(source), None, lines, filename)
    exec(code, scope)
    function: Callable[..., Any] = scope[name]
    weakref.finalize(function, linecache.cache.pop, filename, None)
    return function
