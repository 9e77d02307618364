"""A folder nobody can write to, even when the tests run as root (as they do in some containers).

For an ordinary user, mode 555 does it. Root ignores modes, so as root the folder is made immutable
(``chattr +i``), which the kernel enforces for root as well. Where neither is possible the test is
skipped with the reason: without such a folder there is nothing to test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def unwritable(folder: Path) -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    chattr = shutil.which("chattr")
    as_root = os.geteuid() == 0
    if as_root:
        if chattr is None or subprocess.run([chattr, "+i", str(folder)], check=False).returncode != 0:
            pytest.skip("as root, an unwritable folder needs `chattr +i` (e2fsprogs, CAP_LINUX_IMMUTABLE)")
    else:
        folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip(f"{folder} stayed writable on this file system")
        yield folder
    finally:
        if as_root:
            assert chattr is not None
            subprocess.run([chattr, "-i", str(folder)], check=False)
        else:
            folder.chmod(0o755)
