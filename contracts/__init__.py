"""The shared language of Korrektur: event schemas, names on the wire, and the fold.

Nothing here touches infrastructure, so every service, the CLI and the tests can
depend on it without pulling in NATS, HTTP or documents.
"""
