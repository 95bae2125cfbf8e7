"""The browser page at ``/`` and its versioned assets under ``/static/<version>/``.

Served by the upload service so the page, ``/api`` and (through the proxy)
``/ws`` share one origin: the page's CSP can then say ``'self'`` for all of it.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from services.upload.page_assets import ASSET_CACHE, INDEX_CACHE, Asset, PageAssets

router = APIRouter(include_in_schema=False)


def _page_assets(request: Request) -> PageAssets:
    assets: PageAssets = request.app.state.page_assets
    return assets


def _serve(request: Request, asset: Asset, cache_control: str) -> Response:
    headers = {"ETag": asset.etag, "Cache-Control": cache_control}
    matches = request.headers.get("if-none-match", "")
    if asset.etag in (tag.strip().removeprefix("W/") for tag in matches.split(",")):
        return Response(status_code=304, headers=headers)
    body = b"" if request.method == "HEAD" else asset.body
    headers["Content-Length"] = str(len(asset.body))
    return Response(body, media_type=asset.media_type, headers=headers)


@router.api_route("/", methods=["GET", "HEAD"])
async def index(request: Request) -> Response:
    return _serve(request, _page_assets(request).index, INDEX_CACHE)


@router.api_route("/static/{version}/{name}", methods=["GET", "HEAD"])
async def asset(request: Request, version: str, name: str) -> Response:
    found = _page_assets(request).find(version, name)
    if found is None:
        raise HTTPException(status_code=404)
    return _serve(request, found, ASSET_CACHE)
