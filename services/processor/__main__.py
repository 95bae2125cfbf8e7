"""``python -m services.processor``: run a processor with settings from the environment."""

from services.processor.service import main

main()
