"""The categories chosen at upload are the only ones checked, and metrics count them."""

from __future__ import annotations

from contracts.events import JobCompleted
from tests.processor.helpers import SubmitJob, WaitForEnd


async def test_chosen_categories_limit_the_findings_and_metrics_count_each(
    processor: object, submit_job: SubmitJob, wait_for_end: WaitForEnd, planted: bytes
) -> None:
    # Given the planted thesis uploaded for commas and spelling only
    job = await submit_job(planted, categories=["comma", "spelling"], language="de")

    # When it is done
    completed = (await wait_for_end(job.job_id))[-1]

    # Then only those categories were reported, each with its planted errors
    assert isinstance(completed, JobCompleted)
    assert completed.metrics.findings == {"comma": 3, "spelling": 4}
    assert completed.metrics.comments_inserted == 7


async def test_no_categories_means_every_category(
    processor: object, submit_job: SubmitJob, wait_for_end: WaitForEnd, planted: bytes
) -> None:
    completed = (await wait_for_end((await submit_job(planted)).job_id))[-1]
    assert isinstance(completed, JobCompleted)
    assert {"comma", "das_dass", "quotes", "citation_style", "colloquial"} <= set(
        completed.metrics.findings
    )
