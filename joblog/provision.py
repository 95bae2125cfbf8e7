"""Creating the stream and buckets, idempotently, from whichever service starts first."""

from __future__ import annotations

import dataclasses

from nats.js import JetStreamContext
from nats.js.api import (
    DiscardPolicy,
    KeyValueConfig,
    ObjectStoreConfig,
    StorageType,
    StreamConfig,
)
from nats.js.errors import BadRequestError, NotFoundError

from contracts.subjects import ALL_EVENTS, RATES_BUCKET, RESULTS_BUCKET, STREAM, UPLOADS_BUCKET

DUPLICATE_WINDOW_S = 120.0


async def provision(js: JetStreamContext, *, replicas: int = 1, retention_s: float = 0) -> None:
    """Make sure the ``JOBS`` stream and the object and KV buckets exist.

    ``retention_s`` of 0 keeps events and files forever; otherwise both expire
    after that many seconds, so nothing grows without bound.
    """
    config = StreamConfig(
        name=STREAM,
        subjects=[ALL_EVENTS],
        storage=StorageType.FILE,
        num_replicas=replicas,
        max_age=retention_s,
        discard=DiscardPolicy.OLD,
        # Lets job_created carry a Nats-Msg-Id so a retried upload is stored once.
        # JetStream refuses a window longer than the retention, so a short TTL shortens it.
        duplicate_window=min(DUPLICATE_WINDOW_S, retention_s)
        if retention_s
        else DUPLICATE_WINDOW_S,
        allow_direct=True,
    )
    try:
        await js.stream_info(STREAM)
        await js.update_stream(config)
    except NotFoundError:
        await _tolerate_race(js.add_stream(config))

    for bucket in (UPLOADS_BUCKET, RESULTS_BUCKET):
        await _tolerate_race(
            js.create_object_store(
                bucket,
                config=ObjectStoreConfig(
                    bucket=bucket,
                    storage=StorageType.FILE,
                    replicas=replicas,
                    ttl=retention_s or None,
                ),
            )
        )
        await _apply_retention(js, f"OBJ_{bucket}", retention_s)
    await _tolerate_race(
        js.create_key_value(
            config=KeyValueConfig(
                bucket=RATES_BUCKET, storage=StorageType.FILE, replicas=replicas, history=1
            )
        )
    )


async def _apply_retention(js: JetStreamContext, stream: str, retention_s: float) -> None:
    """A bucket that already existed keeps the TTL it was made with unless told otherwise.

    Without this, changing KORREKTUR_RETENTION_S (or a first start by a service
    with another setting) would leave stored files forever, or expire them early.
    """
    config = (await js.stream_info(stream)).config
    if (config.max_age or 0) == retention_s:
        return
    window = config.duplicate_window or DUPLICATE_WINDOW_S
    await js.update_stream(
        dataclasses.replace(
            config,
            max_age=retention_s,
            duplicate_window=min(window, retention_s) if retention_s else window,
        )
    )


async def _tolerate_race(creation: object) -> None:
    """Two services starting together may both create; the loser's error is harmless."""
    try:
        await creation  # type: ignore[misc]
    except BadRequestError as error:
        if "already in use" not in str(error) and "already exists" not in str(error):
            raise
