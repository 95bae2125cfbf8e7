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
out in order. The switch from replay to live (``Watcher.go_live``) sends the
buffered events and turns the watcher live in one step that never yields to
the event loop, so no live event can fall between the two. A hub consumer reset resumes at "last delivered + 1" and the hub
drops anything at or below its position, so resets add neither gaps nor
duplicates.

``JobLog.last_seq`` asks the stream leader, never a direct-get replica, so in a
cluster too it reads what the stream has stored.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import aclosing

from contracts.events import DECISIONS, Frame, rest_after
from joblog import JobLog
from services.gateway.hub import Delivery, Watcher

Send = Callable[[Delivery], Awaitable[None]]


async def hand_over(
    job_log: JobLog,
    watcher: Watcher,
    *,
    after: int,
    upper: int,
    first: Frame | None,
    send: Send,
) -> bool:
    """Send the job's logged events with ``after < seq <= upper``, then turn ``watcher`` live.

    ``upper`` is the job's last sequence, read after ``watcher`` was registered
    with the hub (the ``t_q`` and ``t_r`` of the proof above). ``first`` is
    the job's ``job_created`` event, already read: a job that has only that
    is replayed without asking the log again.

    Returns False, leaving the watcher as it was, when the job is at rest
    after the replay: ended (or its revision ended) with no revision asked for
    since, so nothing more will come. A replay goes on to the end of the log,
    so the owner's decisions recorded after the end (dismissals, a revision
    request) come too, and a requested revision is followed live to its end.
    """
    job_id = watcher.job_id
    last_sent = after
    resting = decided = False

    async def replayed(frame: Frame) -> None:
        nonlocal last_sent, resting, decided
        delivery = Delivery.of(frame.seq, frame.event)
        await send(delivery)
        last_sent = delivery.seq
        resting = resting if delivery.rest is None else delivery.rest
        decided = isinstance(frame.event, DECISIONS)

    if upper > after:
        if first is not None and after < first.seq <= upper:
            await replayed(first)  # the job's first event: nothing of the job comes before it
        if upper > last_sent:
            async with aclosing(job_log.read(job_id, after=last_sent, until=upper)) as replay:
                async for logged in replay:
                    if watcher.outcome is not None:
                        return True  # let go while replaying; the close is under way
                    await replayed(logged)
        # Only decisions replayed (after=<terminal seq>): whether the job rests lies before them.
        if resting or (decided and await _at_rest(job_log, job_id, upper)):
            return False
    elif upper > 0 and await _at_rest(job_log, job_id, upper):
        return False  # the client saw the end already; nothing more will come unless asked
    watcher.go_live(last_sent)
    return True


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
