"""Process-level tuning for a serving process, applied once the app is loaded."""

import gc


def freeze_heap() -> None:
    """Move everything alive now (modules, mappers, schemas, the compiled rules) out of the
    garbage collector's reach. A request that builds many objects, like a CSV of ten thousand
    advocates, then no longer triggers full collections over the whole app: without this the
    CSV export's p99 was 242 ms against a median of 107 ms."""
    gc.collect()
    gc.freeze()
