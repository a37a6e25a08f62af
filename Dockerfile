# event-timeline: one image for `timeline worker`, Flower and the `timeline` CLI.
#
#   docker build -t event-timeline .          (docker compose builds it for you)
#
# Needs BuildKit (the default builder since Docker 23) for `RUN --mount`.
# No secrets are baked in: REDIS_URL, passwords etc. come from the environment at run time.

ARG PYTHON_IMAGE=python:3.11-slim
# The build stage compiles the engine with mypyc (setup.py): the full image has gcc; same Python, same Debian.
ARG BUILD_IMAGE=python:3.11

# ---------------------------------------------------------------------------------------------
# build stage: wheels for the dependencies, then for the project
# ---------------------------------------------------------------------------------------------
FROM ${BUILD_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src

# Dependencies first, from pyproject.toml alone: this (slow) layer is rebuilt only when
# pyproject.toml changes, not on every source edit.
COPY pyproject.toml ./
RUN python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
print('\n'.join(p['dependencies'] + p['optional-dependencies']['monitor']))" > requirements.txt \
 && pip wheel --wheel-dir /wheels -r requirements.txt

# Then the project itself, its engine compiled. setuptools needs every package directory named in
# pyproject.toml ([tool.setuptools.packages.find]), setup.py and README.md (the readme in the
# metadata). What reaches the build is decided in one place, the allow-list in .dockerignore
# (tests/test_compose.py checks it against pyproject.toml).
COPY . .
RUN pip wheel --no-deps --wheel-dir /wheels .

# ---------------------------------------------------------------------------------------------
# runtime stage: the installed package only (no source tree, no build tools), non-root
# ---------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE}
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --gid 10001 timeline \
 && useradd --uid 10001 --gid 10001 --create-home --home-dir /home/timeline \
        --shell /usr/sbin/nologin timeline

# Equivalent to `pip install .[monitor]`, from the wheels built above (bind-mounted, so they
# don't end up in a layer). Installed as root: the code is read-only for the runtime user.
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-index --find-links=/wheels "event-timeline[monitor]" \
 && timeline --help > /dev/null \
 && python -c "import worker.engine.triggers as t, worker.engine.compiled as c; assert c.is_compiled(t), 'engine not compiled'"

USER 10001:10001
WORKDIR /home/timeline

# Default role: a worker. Compose overrides the command for Flower; any `timeline ...`
# subcommand can be run with `docker compose run --rm worker timeline ...`.
CMD ["timeline", "worker"]
