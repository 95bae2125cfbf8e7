"""The browser page: served from the upload service with a strict CSP and honest caching."""

from __future__ import annotations

import re

import httpx

from services.upload.page_assets import PageAssets
from services.upload.settings import MB

ASSET = re.compile(r'"/static/([0-9a-f]{16})/([\w.-]+)"')


async def test_the_page_is_revalidated_and_names_versioned_assets(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/")

    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.headers["cache-control"] == "no-cache"
    assets = ASSET.findall(page.text)
    assert {name for _version, name in assets} >= {"app.js", "style.css"}
    assert {version for version, _name in assets} == {PageAssets.load().version}
    # revalidation costs nothing while nothing changed
    again = await client.get("/", headers={"If-None-Match": page.headers["etag"]})
    assert again.status_code == 304 and again.content == b""


async def test_assets_are_immutable_under_their_version(client: httpx.AsyncClient) -> None:
    version = PageAssets.load().version
    script = await client.get(f"/static/{version}/app.js")
    fold = await client.get(f"/static/{version}/fold.js")

    assert script.status_code == 200 and fold.status_code == 200
    assert script.headers["content-type"] == "text/javascript; charset=utf-8"
    assert "immutable" in script.headers["cache-control"]
    assert script.headers["etag"] != fold.headers["etag"]
    # another deployment's version is not served as if it were this one
    stale = await client.get("/static/0000000000000000/app.js")
    assert stale.status_code == 404 and stale.json()["error"]["code"] == "not_found"
    unknown = await client.get(f"/static/{version}/secrets.py")
    assert unknown.status_code == 404


async def test_the_page_allows_only_its_own_origin(client: httpx.AsyncClient) -> None:
    for path in ("/", f"/static/{PageAssets.load().version}/app.js"):
        response = await client.get(path)
        policy = dict(
            part.strip().split(" ", 1)
            for part in response.headers["content-security-policy"].split(";")
        )
        assert policy["default-src"] == "'none'"
        assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"
        assert policy["connect-src"] == "'self'"
        assert policy["frame-ancestors"] == "'none'"
        assert "unsafe-inline" not in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"


async def test_the_page_has_no_inline_script_or_style(client: httpx.AsyncClient) -> None:
    html = (await client.get("/")).text

    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None
    assert "<style" not in html and " style=" not in html
    assert re.search(r"\son[a-z]+=", html) is None, "inline event handlers need 'unsafe-inline'"


async def test_config_tells_the_page_the_size_cap_and_choices(serve: object) -> None:
    async with serve(max_upload_bytes=3 * MB) as client:  # type: ignore[operator]
        config = (await client.get("/api/config")).json()

    assert config["max_upload_bytes"] == 3 * MB
    assert config["languages"] == ["auto", "de", "en"]
    spelling = next(item for item in config["categories"] if item["code"] == "spelling")
    assert spelling == {"code": "spelling", "de": "Rechtschreibung", "en": "Spelling"}
