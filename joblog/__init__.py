"""The job log on NATS JetStream: the one piece of infrastructure every service shares.

Services never import each other; they meet here, on the stream that is the
only source of truth, and in ``contracts``, which says what the stream holds.
"""

from joblog.connection import connect, disconnect
from joblog.log import JobLog, LogMoved
from joblog.provision import provision

__all__ = ["JobLog", "LogMoved", "connect", "disconnect", "provision"]
