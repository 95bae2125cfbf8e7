"""What the page must know before an upload, so it can refuse a wrong file at once."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from contracts.categories import CATEGORY_LABELS, LANGUAGES
from services.upload.deps import ServicesDep

router = APIRouter(prefix="/api", tags=["config"])


class CategoryChoice(BaseModel):
    code: str
    de: str
    en: str


class UploadConfig(BaseModel):
    max_upload_bytes: int
    languages: list[str]
    categories: list[CategoryChoice]


@router.get("/config", summary="Upload limits and choices for clients")
async def upload_config(services: ServicesDep) -> UploadConfig:
    """The size cap and the language and category codes the upload form accepts."""
    return UploadConfig(
        max_upload_bytes=services.settings.max_upload_bytes,
        languages=list(LANGUAGES),
        categories=[
            CategoryChoice(code=code, de=german, en=english)
            for code, (german, english) in CATEGORY_LABELS.items()
        ],
    )
