# Set-up and everyday commands. `make demo` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
REDIS_HOST ?= 127.0.0.1
REDIS_PORT ?= 6379

# The engine modules setup.py compiles (an edit to one of them recompiles them).
COMPILED := $(shell sed -n 's/^ *"\(worker\/engine\/[a-z_]*\.py\)",$$/\1/p' setup.py)

.PHONY: demo test install build test-deps redis bench worker schemas clean

demo: install  ## Extract the bundled sample article's timeline in-process (no server needed)
	$(BIN)/timeline extract examples/harbour-bridge.txt --published 2024-03-22

test: install test-deps redis  ## Run every test against a real Redis and real Celery workers
	$(BIN)/python -m pytest

install: $(VENV)/.installed $(VENV)/.compiled

$(VENV)/.installed: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,monitor]'
	touch $@ $(VENV)/.compiled

build: $(VENV)/.compiled  ## Compile the engine again after editing it (setup.py; pure Python runs meanwhile)

$(VENV)/.compiled: $(VENV)/.installed $(COMPILED)
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

test-deps:  ## Node.js packages for the consumer example, Chromium for the HTML page test
	@if [ -f examples/node-consumer/package.json ] && command -v npm >/dev/null; then \
		npm ci --silent --no-audit --no-fund --prefix examples/node-consumer; fi
	@command -v chromium >/dev/null || ! command -v apt-get >/dev/null || [ "$$(id -u)" != 0 ] || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

redis:  ## Start a local redis-server unless one answers
	@redis-cli -h $(REDIS_HOST) -p $(REDIS_PORT) ping >/dev/null 2>&1 || \
		redis-server --daemonize yes --bind $(REDIS_HOST) --port $(REDIS_PORT) --save "" --appendonly no
	@for i in 1 2 3 4 5 6 7 8 9 10; do redis-cli -h $(REDIS_HOST) -p $(REDIS_PORT) ping >/dev/null 2>&1 && exit 0; sleep 0.5; done; \
		echo "redis-server did not start" >&2; exit 1

bench: install redis  ## Print engine, pipeline, scaling and memory figures
	$(BIN)/timeline bench

worker: install  ## Run a worker against $REDIS_URL
	$(BIN)/timeline worker --concurrency 2

schemas: install  ## Regenerate the JSON Schema files from the models
	$(BIN)/python -m schemas.export

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache *.so worker/engine/*.so
