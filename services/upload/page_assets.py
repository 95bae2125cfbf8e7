"""The browser page's files, loaded once and named by their content.

Every asset URL carries a version (a hash of all page files), so a browser may
keep assets forever (``immutable``) and still never mixes an old ``app.js``
with a new ``fold.js``: a new deployment means new URLs. Only ``index.html``,
which names the version, is revalidated on every load (``no-cache`` + ETag).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import Final

WEB_PACKAGE: Final = "services.upload"
WEB_DIR: Final = "web"
INDEX: Final = "index.html"
STATIC_PREFIX: Final = "/static/"
MEDIA_TYPES: Final = MappingProxyType(
    {
        ".html": "text/html; charset=utf-8",
        ".js": "text/javascript; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".svg": "image/svg+xml",
    }
)
INDEX_CACHE: Final = "no-cache"
ASSET_CACHE: Final = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class Asset:
    body: bytes
    media_type: str
    etag: str


@dataclass(frozen=True)
class PageAssets:
    version: str
    index: Asset
    assets: MappingProxyType[str, Asset]

    @classmethod
    def load(cls, root: Traversable | None = None) -> PageAssets:
        """Read the page's files; ``index.html`` gets its asset URLs versioned."""
        root = root if root is not None else files(WEB_PACKAGE).joinpath(WEB_DIR)
        raw = {
            entry.name: entry.read_bytes()
            for entry in root.iterdir()
            if entry.is_file() and _media_type(entry.name) is not None
        }
        if INDEX not in raw:
            raise FileNotFoundError(f"Expected {INDEX} among the page files, but it is missing")
        digest = hashlib.sha256()
        for name in sorted(raw):
            digest.update(name.encode() + b"\0" + raw[name] + b"\0")
        version = digest.hexdigest()[:16]
        index = raw.pop(INDEX).replace(
            f'"{STATIC_PREFIX}'.encode(), f'"{STATIC_PREFIX}{version}/'.encode()
        )
        return cls(
            version=version,
            index=_asset(INDEX, index),
            assets=MappingProxyType({name: _asset(name, body) for name, body in raw.items()}),
        )

    def find(self, version: str, name: str) -> Asset | None:
        """The asset of this deployment; None for another version or an unknown name."""
        return self.assets.get(name) if version == self.version else None


def _media_type(name: str) -> str | None:
    suffix = name[name.rfind(".") :] if "." in name else ""
    return MEDIA_TYPES.get(suffix)


def _asset(name: str, body: bytes) -> Asset:
    media_type = _media_type(name)
    assert media_type is not None
    return Asset(body, media_type, f'"{hashlib.sha256(body).hexdigest()[:32]}"')
