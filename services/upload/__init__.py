"""The upload service: the only door a thesis comes in through, and the way results go out.

It checks an upload while it streams in, stores it in the object store and
publishes ``job_created``; it answers status, event-log and result requests for
whoever holds the job's token.
"""
