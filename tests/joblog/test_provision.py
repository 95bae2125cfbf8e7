"""Provisioning applies the retention setting to what already exists, not only to what it creates."""

from __future__ import annotations

from pathlib import Path

from contracts.subjects import RESULTS_BUCKET, STREAM, UPLOADS_BUCKET
from joblog import connect, provision
from korrektur.natsserver import NatsServer


async def test_a_new_retention_reaches_the_stream_and_existing_buckets(tmp_path: Path) -> None:
    # A server of its own: a short retention would expire other tests' events.
    with NatsServer(store_dir=tmp_path / "nats") as server:
        client = await connect(server.url, "test-provision")
        js = client.jetstream()
        # Given everything was first provisioned to keep forever
        await provision(js)
        # When a service starts with a retention of 5 s
        await provision(js, retention_s=5)
        # Then the events and both stored-file buckets expire after 5 s
        for stream in (STREAM, f"OBJ_{UPLOADS_BUCKET}", f"OBJ_{RESULTS_BUCKET}"):
            config = (await js.stream_info(stream)).config
            assert config.max_age == 5
            assert config.duplicate_window is not None and config.duplicate_window <= 5
        # and going back to "keep" works too
        await provision(js)
        assert (await js.stream_info(f"OBJ_{UPLOADS_BUCKET}")).config.max_age == 0
        await client.close()
