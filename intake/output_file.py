"""Writing an output file (a draft's body, a digest or alert ``.eml``) without following links.

A symlink planted where intake writes (``--out link.txt``, ``outbox/x.eml.part``)
must never make intake write into the file it points to. So the bytes go to
a temporary file created fresh in the target's folder (``mkstemp``:
``O_CREAT | O_EXCL``, never an existing name), which is then renamed onto
the target: a rename replaces the directory entry itself, so a symlink there
is replaced, never written through, and a reader never sees half a file.
The file is readable by its owner only (mail content).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_fresh(path: Path, data: bytes, *, replace: bool) -> None:
    """Write ``data`` at ``path``; ``FileExistsError`` when ``path`` exists (a file or a
    symlink, even a dangling one) and ``replace`` is False."""
    if not replace and os.path.lexists(path):
        raise FileExistsError(17, "File exists", str(path))
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(temp, path)
        else:
            os.link(temp, path, follow_symlinks=False)  # EEXIST if it appeared meanwhile
            os.unlink(temp)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
