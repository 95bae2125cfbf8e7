"""The ``korrektur`` command: check a thesis from the terminal, run the stack, read a job's log."""
