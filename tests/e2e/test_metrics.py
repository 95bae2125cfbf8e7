"""Each service answers /metrics on its own port, and the figures move with real work."""

from __future__ import annotations

from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

from korrektur.stack import Stack
from tests.e2e.client import run_job


async def scrape(port: int) -> dict[str, float]:
    """Every sample of the service's /metrics, keyed by name and labels."""
    async with httpx.AsyncClient(timeout=10, trust_env=False) as client:
        response = await client.get(f"http://127.0.0.1:{port}/metrics")
    assert response.status_code == 200
    samples: dict[str, float] = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            labels = ",".join(f"{k}={v}" for k, v in sorted(sample.labels.items()))
            samples[f"{sample.name}{{{labels}}}"] = sample.value
    return samples


async def test_every_service_serves_metrics_that_count_real_work(
    stack: Stack, corpus: Path
) -> None:
    ports = {child.name: child.metrics_port for child in stack.children if child.metrics_port}
    assert set(ports) == {"upload", "gateway", "processor-1"}, "the proxy has none"
    before = {name: await scrape(port) for name, port in ports.items()}

    # Other tests restart services, so only what this job adds is compared.
    job = await run_job(stack.url, corpus / "planted-de.docx")

    after = {name: await scrape(port) for name, port in ports.items()}

    def added(service: str, sample: str) -> float:
        return after[service].get(sample, 0.0) - before[service].get(sample, 0.0)

    assert added("upload", "korrektur_jobs_created_total{}") == 1
    assert added("processor-1", "korrektur_jobs_finished_total{outcome=completed}") == 1
    assert added("processor-1", "korrektur_events_appended_total{type=findings_reported}") >= 1
    assert added("processor-1", "korrektur_stage_duration_seconds_count{stage=analyzing}") == 1
    assert "korrektur_jobs_waiting{}" in after["processor-1"]
    assert added("gateway", "korrektur_events_relayed_total{}") >= len(job.live)
    assert "korrektur_websocket_connections{}" in after["gateway"]
    assert "korrektur_slow_client_drops_total{}" in after["gateway"]
    # The public origin does not serve them.
    async with httpx.AsyncClient(timeout=10, trust_env=False) as client:
        public = await client.get(f"{stack.url}/metrics")
    assert "korrektur_jobs_created" not in public.text
