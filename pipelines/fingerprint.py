"""Fingerprints of code: a short digest that changes whenever the files that decide a result do.

Caches key their entries on one (the extractor's version, the parser's version), so an edit to a
rule, a word list or a library invalidates what was computed with the old code without anyone
bumping a number.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path


def library_version(name: str) -> str:
    """The installed version of a distribution, or "absent"."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def code_fingerprint(
    package: Path, patterns: Iterable[str], libraries: Iterable[str] = (), salt: str = ""
) -> str:
    """A short hex digest of the files matching `patterns` (globs relative to `package`; `**`
    reaches sub-folders, `..` its parent), each by its path and bytes, of the versions of
    `libraries` and of `salt`."""
    digest = hashlib.sha256(salt.encode() + b"\0")
    files = sorted({p.resolve() for pattern in patterns for p in package.glob(pattern)})
    root = package.resolve().parent
    for path in files:
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
        digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    for name in libraries:
        digest.update(f"{name}=={library_version(name)}\n".encode())
    return digest.hexdigest()[:16]
