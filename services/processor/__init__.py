"""The processor: takes jobs from JetStream, proofreads the .docx, writes comments, reports progress.

Wiring lives in :mod:`services.processor.service` (``run(settings)``).
"""
