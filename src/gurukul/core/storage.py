"""Blob storage for uploaded media. LocalStorage keeps files under the data directory; an
S3-compatible store only has to implement the `Storage` protocol and be chosen in
`create_storage`."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Annotated, Protocol

import anyio
from fastapi import Depends

from gurukul.core.config import Settings
from gurukul.core.deps import SettingsDep

# Keys are relative, slash-separated, and made of safe characters only: no "..", no
# absolute paths, nothing a filesystem or an object store would read differently.
_KEY = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$")
MAX_KEY_LENGTH = 255


class StorageError(Exception):
    """A key that is not valid, or a blob that is not there."""


class Storage(Protocol):
    async def put(self, key: str, data: bytes, *, content_type: str) -> None:
        """Store `data` under `key`, replacing what was there."""

    async def get(self, key: str) -> bytes:
        """The bytes under `key`; StorageError when there are none."""

    async def delete(self, key: str) -> None:
        """Remove `key`; removing a missing key is not an error."""

    async def exists(self, key: str) -> bool:
        """Whether `key` holds a blob."""


def check_key(key: str) -> str:
    """Return `key` if it is a safe relative key, else raise StorageError.

    Args:
        key: slash-separated path such as ``questions/<uuid>/<uuid>.png``.
    """
    if len(key) > MAX_KEY_LENGTH or not _KEY.match(key) or ".." in key.split("/"):
        raise StorageError(f"invalid storage key {key!r}")
    return key


class LocalStorage:
    """Files under one root directory; writes are atomic (temporary file, then rename)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        return self.root / check_key(key)

    async def put(self, key: str, data: bytes, *, content_type: str) -> None:
        path = self._path(key)
        await anyio.to_thread.run_sync(_write_atomic, path, data)

    async def get(self, key: str) -> bytes:
        path = self._path(key)
        try:
            return await anyio.Path(path).read_bytes()
        except FileNotFoundError as exc:
            raise StorageError(f"no blob {key!r}") from exc

    async def delete(self, key: str) -> None:
        await anyio.Path(self._path(key)).unlink(missing_ok=True)

    async def exists(self, key: str) -> bool:
        return await anyio.Path(self._path(key)).is_file()


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def create_storage(settings: Settings) -> Storage:
    """The configured media store: local files under `data_dir/media`."""
    return LocalStorage(settings.data_dir / "media")


def get_storage(settings: SettingsDep) -> Storage:
    return create_storage(settings)


StorageDep = Annotated[Storage, Depends(get_storage)]
