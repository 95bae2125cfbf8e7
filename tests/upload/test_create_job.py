"""POST /api/jobs with real theses: what gets stored, what gets announced, what comes back."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import docx
import httpx
import pytest
from nats.js import JetStreamContext

from contracts.subjects import STREAM, UPLOADS_BUCKET, event_subject
from contracts.tokens import hash_token, is_job_id
from joblog import JobLog
from tests.upload.helpers import docx_upload, job_created_count, multipart_body


async def test_upload_creates_a_job_with_only_the_token_hash_in_the_log(
    client: httpx.AsyncClient, job_log: JobLog, js: JetStreamContext, corpus: Path, upload_tmp: Path
) -> None:
    thesis = (corpus / "planted-de.docx").read_bytes()

    response = await client.post(
        "/api/jobs",
        files=docx_upload(thesis, "Masterarbeit.docx"),
        data={"language": "de", "categories": "spelling, repeated_word"},
    )

    assert response.status_code == 201, response.text
    body = response.json()
    job_id, token = body["job_id"], body["token"]
    assert is_job_id(job_id)
    assert body == {
        "job_id": job_id,
        "token": token,
        "status_url": f"/api/jobs/{job_id}",
        "events_url": f"/ws/jobs/{job_id}",
        "result_url": f"/api/jobs/{job_id}/result",
    }
    assert response.headers["location"] == f"/api/jobs/{job_id}"

    # The log holds job_created with the file's facts and the token's hash, never the token.
    created = await job_log.created(job_id)
    assert created is not None
    assert created.token_sha256 == hash_token(token)
    assert created.sha256 == hashlib.sha256(thesis).hexdigest()
    assert created.size == len(thesis)
    assert created.filename == "Masterarbeit.docx"
    assert created.language == "de"
    assert created.categories == ["spelling", "repeated_word"]
    # and the size of its text, which the first ETA is reckoned from: less than the file's
    body_text = "".join(p.text for p in docx.Document(io.BytesIO(thesis)).paragraphs)
    assert len(body_text) <= created.text_bytes < created.size
    raw = await js.get_last_msg(STREAM, event_subject(job_id, "job_created"))
    assert token.encode() not in (raw.data or b"")

    # The object store holds the upload byte for byte, under the job id.
    stored = await (await js.object_store(UPLOADS_BUCKET)).get(job_id)
    assert stored.data == thesis
    # Nothing is left behind in the service's temporary folder.
    assert list(upload_tmp.iterdir()) == []


async def test_defaults_and_repeated_category_fields(
    client: httpx.AsyncClient, job_log: JobLog, corpus: Path
) -> None:
    thesis = (corpus / "clean-de.docx").read_bytes()

    plain = await client.post("/api/jobs", files=docx_upload(thesis))
    repeated = await client.post(
        "/api/jobs",
        files=[
            ("file", ("a.docx", thesis)),
            ("categories", (None, "comma")),
            ("categories", (None, "spelling,comma")),
        ],
    )

    assert plain.status_code == 201 and repeated.status_code == 201
    tracked = await client.post(
        "/api/jobs", files=docx_upload(thesis), data={"suggestions": "tracked"}
    )
    defaults = await job_log.created(plain.json()["job_id"])
    assert defaults is not None and (defaults.language, defaults.categories) == ("auto", [])
    assert defaults.suggestions == "comments"
    chosen_mode = await job_log.created(tracked.json()["job_id"])
    assert chosen_mode is not None and chosen_mode.suggestions == "tracked"
    chosen = await job_log.created(repeated.json()["job_id"])
    assert chosen is not None and chosen.categories == ["comma", "spelling"]


async def test_every_upload_is_its_own_job(client: httpx.AsyncClient, corpus: Path) -> None:
    thesis = (corpus / "clean-de.docx").read_bytes()

    first = (await client.post("/api/jobs", files=docx_upload(thesis))).json()
    second = (await client.post("/api/jobs", files=docx_upload(thesis))).json()

    assert first["job_id"] != second["job_id"]
    assert first["token"] != second["token"]


async def test_hostile_filenames_are_sanitised_before_they_reach_the_log(
    client: httpx.AsyncClient, job_log: JobLog, corpus: Path
) -> None:
    thesis = (corpus / "clean-de.docx").read_bytes()
    cases = {
        "../../etc/passwd": "passwd.docx",
        "C:\\Users\\me\\Abschlussarbeit Müller.docx": "Abschlussarbeit Müller.docx",
        "bad\x07na\x1bme\u202egnp.docx": "badname" + "gnp.docx",
        "x" * 10_000 + ".docx": "x" * 115 + ".docx",
        "": "thesis.docx",
        "Łódź – Arbeit.DOCX": "Łódź – Arbeit.DOCX",
    }
    for raw, expected in cases.items():
        body, headers = multipart_body([("file", thesis, raw)])

        response = await client.post("/api/jobs", content=body, headers=headers)

        assert response.status_code == 201, (raw[:40], response.text)
        created = await job_log.created(response.json()["job_id"])
        assert created is not None and created.filename == expected


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"language": "fr"}, "'fr'"),
        ({"categories": "spelling,style"}, "'style'"),
        ({"suggestions": "rewrite"}, "comments or tracked"),
    ],
)
async def test_language_and_categories_must_be_ones_we_check(
    client: httpx.AsyncClient,
    js: JetStreamContext,
    corpus: Path,
    fields: dict[str, str],
    named: str,
) -> None:
    before = await job_created_count(js)

    response = await client.post(
        "/api/jobs", files=docx_upload((corpus / "clean-de.docx").read_bytes()), data=fields
    )

    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_field" and named in error["message"]
    assert await job_created_count(js) == before
