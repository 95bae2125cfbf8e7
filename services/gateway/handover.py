"""Replay then live, for one connection: every event of the job, once, in order.

Why there is no gap and no duplicate (the handover)
---------------------------------------------------
Let ``t_r`` be the moment the watcher is registered with the hub, and ``L`` the
job's last sequence read *after* that (``t_q > t_r``). Take any event ``e`` of
the job with ``e.seq > after``:

* stored before ``t_q``: then ``e.seq <= L`` (the last sequence is read from the
  stream that stores it), so the replay of ``(after, L]`` yields it;
* stored after ``t_q``: the hub's consumer started before any connection was
  accepted and sees every event stored since, in order; it can only dispatch
  ``e`` after ``e`` is stored, so after ``t_r``, when the watcher already
  listens. So ``e`` is in the watcher's buffer.

Every event is thus covered (no gap). Both sources are in increasing sequence
order, the replay is sent first, and a live event is sent only when its
sequence is above the last one sent, so an event that is in both (stored
between ``t_r`` and ``t_q``) goes out once (no duplicate), and everything goes
out in order. A hub consumer reset resumes at "last delivered + 1" and the hub
drops anything at or below its position, so resets add neither gaps nor
duplicates.

``JobLog.last_seq`` asks the stream leader, never a direct-get replica, so in a
cluster too it reads what the stream has stored.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import aclosing

from contracts.events import DECISIONS, rest_after
from joblog import JobLog
from services.gateway.hub import Delivery, Watcher


async def follow(
    job_log: JobLog, watcher: Watcher, *, after: int
) -> AsyncGenerator[Delivery, None]:
    """The job's events with ``seq > after``, replayed then live, ending once the job is at rest.

    At rest means ended (or its revision ended) with no revision asked for
    since. A replay goes on to the end of the log, so the owner's decisions
    recorded after the end (dismissals, a revision request) come too, and a
    requested revision is followed live to its end.

    ``watcher`` must already be registered with the hub (``Hub.watch``): that
    is the ``t_r`` of the proof above. Raises
    :class:`~services.gateway.errors.SlowClient` when the consumer of this
    iterator falls more live events behind than the watcher holds.
    """
    job_id = watcher.job_id
    last_sent = after
    resting = decided = False
    upper = await job_log.last_seq(job_id)
    if upper > after:
        # aclosing: leaving early must still delete the replay's consumer now.
        async with aclosing(job_log.read(job_id, after=after, until=upper)) as replay:
            async for logged in replay:
                delivery = Delivery.of(logged.seq, logged.event)
                yield delivery
                last_sent = delivery.seq
                resting = resting if delivery.rest is None else delivery.rest
                decided = isinstance(logged.event, DECISIONS)
        # Only decisions replayed (after=<terminal seq>): whether the job rests lies before them.
        if resting or (decided and await _at_rest(job_log, job_id, upper)):
            return
    elif upper > 0 and await _at_rest(job_log, job_id, upper):
        return  # the client saw the end already; nothing more will come unless asked
    while True:
        delivery = await watcher.next()
        if delivery.seq <= last_sent:
            continue
        yield delivery
        last_sent = delivery.seq
        if delivery.rest:
            return


async def _at_rest(job_log: JobLog, job_id: str, last: int) -> bool:
    """Whether the job is at rest after its events up to ``last``.

    The newest event answers at once; only when it is a decision (made after
    the end, maybe) is the log read from the start.
    """
    async with aclosing(job_log.read(job_id, after=last - 1, until=last)) as newest:
        async for logged in newest:
            if not isinstance(logged.event, DECISIONS):
                return bool(rest_after(logged.event))
    resting = False
    async with aclosing(job_log.read(job_id, until=last)) as everything:
        async for logged in everything:
            said = rest_after(logged.event)
            resting = resting if said is None else said
    return resting
