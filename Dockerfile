# One image for all three services; the compose file picks the module to run.
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DEBIAN_FRONTEND=noninteractive

# Hunspell through enchant: the German (frami) and English dictionaries the checker uses.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libenchant-2-2 hunspell-de-de-frami hunspell-de-at-frami hunspell-en-us hunspell-en-gb \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml ./
COPY contracts ./contracts
COPY joblog ./joblog
COPY servicekit ./servicekit
COPY services ./services
COPY korrektur ./korrektur
RUN pip install . \
 # Read as data only; its parser dependency would pin lxml below 5 (see the Makefile).
 && pip install --no-deps german-nouns==1.2.5

RUN useradd --system --uid 10001 korrektur
USER korrektur

# Inside a container the services must listen beyond loopback; the proxy is the only published port.
ENV KORREKTUR_HOST=0.0.0.0 \
    KORREKTUR_NATS_URL=nats://nats:4222

CMD ["python", "-m", "services.upload"]
