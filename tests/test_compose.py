"""Container packaging: docker-compose.yml, Dockerfile, .dockerignore and .env.example.

There is no Docker engine on the machines this runs on, so the compose file is parsed and its
properties are checked: Redis persistence, password and healthcheck; loopback-only ports; a
scalable, health-checked worker with a stop grace period longer than the task time limit; Flower
behind basic auth; non-root containers; no secrets in committed files.

The commands the containers run are then run here, without Docker, with the environment compose
would give them (Redis's own command line and healthcheck, `timeline worker` with
`timeline health`, Flower with its basic auth), so "the same commands run without Docker" is
checked rather than assumed.
"""
from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from base64 import b64encode
from pathlib import Path

import pytest
import yaml

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    tomllib = pytest.importorskip("tomli")

REPO = Path(__file__).resolve().parents[1]
COMPOSE_FILE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"
DOCKERIGNORE = REPO / ".dockerignore"
ENV_EXAMPLE = REPO / ".env.example"
PYPROJECT = REPO / "pyproject.toml"
VENV_BIN = Path(sys.executable).parent

# Names documented for operators (issue 2/6/7); .env.example must explain each one.
DOCUMENTED_VARIABLES = {
    "REDIS_URL", "REDIS_PASSWORD", "TIMELINE_PREFIX", "TIMELINE_MAX_TEXT_BYTES", "TIMELINE_TASK_TIME_LIMIT",
    "TIMELINE_VISIBILITY_TIMEOUT", "TIMELINE_STREAM_MAXLEN", "WORKER_CONCURRENCY", "FLOWER_USER",
    "FLOWER_PASSWORD",
}
SECRET_NAME = re.compile(r"PASSWORD|SECRET|TOKEN|BASIC_AUTH|API_KEY|PRIVATE", re.I)
LOOPBACK = {"127.0.0.1", "::1", "localhost"}


# ---------------------------------------------------------------------------------------------
# compose variable interpolation (the subset compose implements for ${...})
# ---------------------------------------------------------------------------------------------
_REFERENCE = re.compile(
    r"\$(?:(?P<escaped>\$)"
    r"|\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}"
    r"|(?P<bare>[A-Za-z_][A-Za-z0-9_]*))"
)


class MissingVariable(Exception):
    pass


def interpolate(value: str, env: dict[str, str]) -> str:
    def substitute(match: re.Match) -> str:
        if match["escaped"]:
            return "$"
        name = match["name"] or match["bare"]
        op, arg = match["op"], match["arg"] or ""
        current = env.get(name)
        if op == ":-":
            return current if current else arg
        if op == "-":
            return current if current is not None else arg
        if op == ":?" and not current or op == "?" and current is None:
            raise MissingVariable(f"{name}: {arg}")
        return current or ""

    return _REFERENCE.sub(substitute, value)


def references(value: str) -> list[re.Match]:
    return [m for m in _REFERENCE.finditer(value) if not m["escaped"]]


def walk_strings(node):
    if isinstance(node, dict):
        for item in node.values():
            yield from walk_strings(item)
    elif isinstance(node, list):
        for item in node:
            yield from walk_strings(item)
    elif isinstance(node, str):
        yield node


def resolve(node, env: dict[str, str]):
    if isinstance(node, dict):
        return {key: resolve(item, env) for key, item in node.items()}
    if isinstance(node, list):
        return [resolve(item, env) for item in node]
    if isinstance(node, str):
        return interpolate(node, env)
    return node


# ---------------------------------------------------------------------------------------------
# file readers
# ---------------------------------------------------------------------------------------------
def load_compose() -> dict:
    with COMPOSE_FILE.open() as handle:
        return yaml.safe_load(handle)  # SafeLoader resolves the `<<: *anchor` merges


def read_env_file(path: Path) -> dict[str, str]:
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, sep, value = line.partition("=")
        assert sep, f"{path.name}: not NAME=value: {line!r}"
        values[name.strip()] = value.strip().strip("'\"")
    return values


EXAMPLE_ENV = read_env_file(ENV_EXAMPLE) if ENV_EXAMPLE.exists() else {}
# What a user who has copied .env.example to .env and set the secrets gets.
USER_ENV = {**EXAMPLE_ENV, "REDIS_PASSWORD": "pw-from-env-file", "FLOWER_USER": "ops", "FLOWER_PASSWORD": "fl-pw"}
# Only the three required secrets set: every other value comes from the compose file's defaults.
MINIMAL_ENV = {"REDIS_PASSWORD": "pw-from-env-file", "FLOWER_USER": "ops", "FLOWER_PASSWORD": "fl-pw"}


def resolved_services(env: dict[str, str]) -> dict[str, dict]:
    return resolve(load_compose(), env)["services"]


def command_tokens(service: dict) -> list[str]:
    command = service.get("command")
    assert command, "service has no command"
    tokens = shlex.split(command) if isinstance(command, str) else [str(t) for t in command]
    if tokens[:2] == ["sh", "-c"]:
        tokens = shlex.split(tokens[2])
    if tokens and tokens[0] == "exec":
        tokens = tokens[1:]
    return tokens


def environment(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.partition("=")[::2] for item in env)
    return {key: "" if value is None else str(value) for key, value in env.items()}


def parse_duration(text: str) -> float:
    parts = re.findall(r"(\d+(?:\.\d+)?)(h|ms|us|m|s)", str(text))
    assert parts and "".join(a + b for a, b in parts) == str(text), f"not a compose duration: {text!r}"
    scale = {"h": 3600, "m": 60, "s": 1, "ms": 1e-3, "us": 1e-6}
    return sum(float(amount) * scale[unit] for amount, unit in parts)


def healthcheck_command(service: dict) -> list[str] | str:
    check = service.get("healthcheck") or {}
    assert not check.get("disable"), "healthcheck disabled"
    test = check.get("test")
    assert test, "no healthcheck test"
    if isinstance(test, str):
        return test  # shell form
    kind, *rest = test
    if kind == "CMD-SHELL":
        return rest[0]
    assert kind == "CMD", f"unexpected healthcheck form {kind!r}"
    return rest


def depends_on_healthy(service: dict, dependency: str) -> bool:
    depends = service.get("depends_on") or {}
    return isinstance(depends, dict) and (depends.get(dependency) or {}).get("condition") == "service_healthy"


def published_ports(service: dict) -> list[tuple[str | None, str]]:
    """(host_ip, spec) for each published port; host_ip None means every interface."""
    found = []
    for port in service.get("ports") or []:
        if isinstance(port, dict):
            if port.get("published") in (None, ""):
                continue
            found.append((port.get("host_ip") or None, repr(port)))
            continue
        spec = str(port).split("/")[0]
        if spec.startswith("["):  # [::1]:8080:80
            host, _, rest = spec[1:].partition("]")
            found.append((host, str(port)))
            continue
        parts = spec.split(":")
        found.append((parts[0] if len(parts) == 3 else None, str(port)))
    return found


def dockerfile_instructions() -> list[tuple[str, str]]:
    lines, current = [], ""
    for raw in DOCKERFILE.read_text().splitlines():
        stripped = raw.strip()
        if not current and (not stripped or stripped.startswith("#")):
            continue
        if stripped.endswith("\\"):
            current += stripped[:-1] + " "
            continue
        current += stripped
        lines.append(current)
        current = ""
    instructions = []
    for line in lines:
        keyword, _, rest = line.partition(" ")
        instructions.append((keyword.upper(), rest.strip()))
    return instructions


def final_stage() -> list[tuple[str, str]]:
    instructions = dockerfile_instructions()
    starts = [i for i, (keyword, _) in enumerate(instructions) if keyword == "FROM"]
    assert starts, "Dockerfile has no FROM"
    return instructions[starts[-1]:]


def is_root_user(user: str) -> bool:
    name = str(user).split(":")[0].strip()
    return name in ("", "0", "root")


def dockerignore_excludes(path: str) -> bool:
    """Docker's .dockerignore rules: last matching pattern wins, `!` re-includes, a match on a
    directory covers everything under it, `*` stays within one path element, `**` spans any."""
    patterns = []
    for line in DOCKERIGNORE.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = line[1:] if negate else line
        pattern = pattern.strip().strip("/")
        regex = ""
        i = 0
        while i < len(pattern):
            if pattern.startswith("**/", i):
                regex, i = regex + "(?:.*/)?", i + 3
            elif pattern.startswith("**", i):
                regex, i = regex + ".*", i + 2
            elif pattern[i] == "*":
                regex, i = regex + "[^/]*", i + 1
            elif pattern[i] == "?":
                regex, i = regex + "[^/]", i + 1
            else:
                regex, i = regex + re.escape(pattern[i]), i + 1
        patterns.append((negate, re.compile(regex + r"\Z")))
    parts = path.split("/")
    prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    excluded = False
    for negate, regex in patterns:
        if any(regex.match(prefix) for prefix in prefixes):
            excluded = not negate
    return excluded


def source_files(package: str) -> list[str]:
    """Files of a package directory that belong to the project (tracked or new, not git-ignored)."""
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "--", package],
                            cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    return [path for path in listed if (REPO / path).is_file()]


def project_packages() -> set[str]:
    includes = tomllib.loads(PYPROJECT.read_text())["tool"]["setuptools"]["packages"]["find"]["include"]
    tops = {pattern.rstrip("*").rstrip(".") for pattern in includes}
    return {name for name in tops if (REPO / name / "__init__.py").exists()}


# ---------------------------------------------------------------------------------------------
# Redis
# ---------------------------------------------------------------------------------------------
def test_redis_has_aof_persistence_noeviction_and_a_password_from_the_env_file():
    redis_service = resolved_services(USER_ENV)["redis"]
    assert str(redis_service["image"]).split(":")[0] in ("redis", "docker.io/library/redis")
    assert str(redis_service["image"]).split(":")[1].startswith("7")
    tokens = command_tokens(redis_service)
    assert tokens[0] == "redis-server"
    options = {}
    for i, token in enumerate(tokens):
        if token.startswith("--"):
            options[token[2:]] = tokens[i + 1] if i + 1 < len(tokens) else ""
    assert options.get("appendonly") == "yes"
    assert options.get("appendfsync") == "everysec"
    assert options.get("maxmemory-policy") == "noeviction"
    # requirepass is read from the container's environment, filled from the env file.
    assert options.get("requirepass") in ("$REDIS_PASSWORD", "${REDIS_PASSWORD}", USER_ENV["REDIS_PASSWORD"])
    if options["requirepass"].startswith("$"):
        assert environment(redis_service).get("REDIS_PASSWORD") == USER_ENV["REDIS_PASSWORD"]
    # Persistence needs /data on a named volume declared at the top level.
    volumes = [str(v) for v in redis_service.get("volumes") or []]
    data = [v for v in volumes if v.split(":")[1:2] == ["/data"]]
    assert data, f"no volume on /data: {volumes}"
    assert data[0].split(":")[0] in (load_compose().get("volumes") or {}), "/data must be a named volume"


def test_redis_refuses_to_start_without_a_password():
    with pytest.raises(MissingVariable, match="REDIS_PASSWORD"):
        resolve(load_compose()["services"]["redis"], {})
    with pytest.raises(MissingVariable, match="REDIS_PASSWORD"):
        resolve(load_compose()["services"]["redis"], {"REDIS_PASSWORD": ""})


def test_redis_healthcheck_authenticates_and_pings():
    check = healthcheck_command(resolved_services(USER_ENV)["redis"])
    text = check if isinstance(check, str) else " ".join(check)
    assert "redis-cli" in text and "ping" in text.lower()
    assert "REDIS_PASSWORD" in text, "the healthcheck must authenticate with the password"
    assert USER_ENV["REDIS_PASSWORD"] not in text, "the password must not be written into the healthcheck"


# ---------------------------------------------------------------------------------------------
# network exposure
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("env", [MINIMAL_ENV, USER_ENV], ids=["defaults", "env-example"])
def test_no_port_is_published_beyond_loopback(env):
    for name, service in resolved_services(env).items():
        assert service.get("network_mode") != "host", f"{name}: host networking bypasses port binding"
        for host_ip, spec in published_ports(service):
            assert host_ip in LOOPBACK, f"{name}: port {spec} is published on every interface"


def test_published_ports_parser_catches_wildcards():
    # The check above is only as good as this parser.
    assert published_ports({"ports": ["6379:6379"]}) == [(None, "6379:6379")]
    assert published_ports({"ports": ["0.0.0.0:6379:6379"]})[0][0] == "0.0.0.0"
    assert published_ports({"ports": [{"target": 6379, "published": 6379}]})[0][0] is None
    assert published_ports({"ports": ["127.0.0.1:5555:5555"]})[0][0] == "127.0.0.1"
    assert published_ports({"ports": ["6379"]}) == [(None, "6379")]


# ---------------------------------------------------------------------------------------------
# worker
# ---------------------------------------------------------------------------------------------
def test_worker_is_scalable():
    worker = resolved_services(USER_ENV)["worker"]
    # A fixed name, hostname or host port makes `--scale worker=N` fail or makes replicas collide
    # (the heartbeat key and the Celery node name are per hostname).
    for key in ("container_name", "hostname", "ports"):
        assert not worker.get(key), f"worker sets {key}: {worker.get(key)!r}"
    assert worker.get("network_mode") is None
    assert "build" in worker
    assert worker.get("restart") == "unless-stopped"


def test_worker_runs_timeline_worker_in_the_foreground_with_explicit_concurrency():
    for env, expected in ((MINIMAL_ENV, "2"), (USER_ENV, USER_ENV.get("WORKER_CONCURRENCY", "2")),
                          ({**MINIMAL_ENV, "WORKER_CONCURRENCY": "7"}, "7")):
        tokens = command_tokens(resolved_services(env)["worker"])
        assert tokens[:2] == ["timeline", "worker"], tokens
        assert "--concurrency" in tokens or "-c" in tokens, tokens
        flag = tokens.index("--concurrency") if "--concurrency" in tokens else tokens.index("-c")
        assert tokens[flag + 1] == expected
        assert not {"--detach", "-D", "multi"} & set(tokens), "the worker must stay in the foreground"


def test_worker_waits_for_a_healthy_redis_and_is_health_checked():
    services = resolved_services(USER_ENV)
    for name in ("worker", "flower"):
        assert depends_on_healthy(services[name], "redis"), f"{name} must wait for redis service_healthy"
    assert healthcheck_command(services["worker"])[:2] == ["timeline", "health"]


@pytest.mark.parametrize("env", [MINIMAL_ENV, USER_ENV], ids=["defaults", "env-example"])
def test_stop_grace_period_exceeds_the_hard_time_limit(env):
    worker = resolved_services(env)["worker"]
    limit = float(environment(worker)["TIMELINE_TASK_TIME_LIMIT"])
    grace = parse_duration(worker.get("stop_grace_period", "10s"))
    assert grace > limit, f"stop_grace_period {grace}s <= task time limit {limit}s"


def test_stop_grace_period_exceeds_the_code_default(monkeypatch):
    for name in list(os.environ):
        if name.startswith("TIMELINE_"):
            monkeypatch.delenv(name)
    from timeline.config import Settings

    grace = parse_duration(resolved_services(MINIMAL_ENV)["worker"]["stop_grace_period"])
    assert grace > Settings().task_time_limit


def test_worker_gets_the_service_configuration_and_a_password_protected_redis_url():
    worker_env = environment(resolved_services(USER_ENV)["worker"])
    for name in DOCUMENTED_VARIABLES - {"REDIS_PASSWORD", "WORKER_CONCURRENCY", "FLOWER_USER", "FLOWER_PASSWORD"}:
        assert name in worker_env, f"worker is not given {name}"
    assert worker_env["REDIS_URL"] == f"redis://:{USER_ENV['REDIS_PASSWORD']}@redis:6379/0"
    assert "FLOWER_PASSWORD" not in worker_env and "FLOWER_BASIC_AUTH" not in worker_env


def test_compose_defaults_match_the_code_defaults(monkeypatch):
    """A default in the compose file that differs from timeline/config.py would make the container
    behave unlike the documented configuration."""
    from timeline.config import Settings

    for name in list(os.environ):
        if name.startswith("TIMELINE_") or name == "REDIS_URL":
            monkeypatch.delenv(name)
    baseline = Settings()
    defaults = {}
    for value in walk_strings(load_compose()):
        for match in references(value):
            if (match["name"] or "").startswith("TIMELINE_") and match["op"] in (":-", "-"):
                defaults[match["name"]] = match["arg"]
    defaults.pop("TIMELINE_IMAGE_TAG", None)
    assert {"TIMELINE_TASK_TIME_LIMIT", "TIMELINE_VISIBILITY_TIMEOUT", "TIMELINE_PREFIX"} <= set(defaults)
    for name, default in defaults.items():
        monkeypatch.setenv(name, default)
        assert Settings() == baseline, f"compose default {name}={default!r} differs from timeline/config.py"
        monkeypatch.delenv(name)


# ---------------------------------------------------------------------------------------------
# Flower
# ---------------------------------------------------------------------------------------------
def flower_basic_auth(service: dict) -> str | None:
    tokens = command_tokens(service)
    for i, token in enumerate(tokens):
        if token.startswith("--basic-auth="):
            return token.split("=", 1)[1]
        if token == "--basic-auth":
            return tokens[i + 1]
    return environment(service).get("FLOWER_BASIC_AUTH")


def test_flower_needs_basic_auth_from_the_env_file_and_is_loopback_only():
    flower = resolved_services(USER_ENV)["flower"]
    tokens = command_tokens(flower)
    assert tokens[:4] == ["celery", "--app", "worker.app", "flower"], tokens
    assert flower_basic_auth(flower) == f"{USER_ENV['FLOWER_USER']}:{USER_ENV['FLOWER_PASSWORD']}"
    ports = published_ports(flower)
    assert ports and all(host in LOOPBACK for host, _ in ports)
    with pytest.raises(MissingVariable, match="FLOWER_PASSWORD"):
        resolve(load_compose()["services"]["flower"], {"REDIS_PASSWORD": "x", "FLOWER_USER": "ops"})
    with pytest.raises(MissingVariable, match="FLOWER_USER"):
        resolve(load_compose()["services"]["flower"], {"REDIS_PASSWORD": "x", "FLOWER_PASSWORD": "y"})


def test_flower_environment_holds_only_options_flower_knows():
    """Flower applies every FLOWER_<OPTION> variable in its environment; misspelt ones are ignored
    silently, which for FLOWER_BASIC_AUTH would mean no authentication at all."""
    from flower.command import default_options

    flower_env = environment(resolved_services(USER_ENV)["flower"])
    for name in flower_env:
        if name.startswith("FLOWER_"):
            assert name[len("FLOWER_"):].lower() in default_options, f"Flower ignores {name}"


def test_every_service_restarts_and_rotates_its_logs():
    for name, service in resolved_services(USER_ENV).items():
        assert service.get("restart") in ("unless-stopped", "always"), f"{name} is not restarted"
        logging = service.get("logging") or {}
        if logging.get("driver", "json-file") in ("json-file", "local"):
            assert (logging.get("options") or {}).get("max-size"), f"{name}: container logs grow without bound"


# ---------------------------------------------------------------------------------------------
# non-root, secrets, env file
# ---------------------------------------------------------------------------------------------
def dockerfile_user() -> str | None:
    users = [rest for keyword, rest in final_stage() if keyword == "USER"]
    return users[-1] if users else None


def test_every_container_runs_as_a_non_root_user():
    user = dockerfile_user()
    assert user and re.fullmatch(r"\d+(:\d+)?", user), f"Dockerfile USER should be a numeric uid, got {user!r}"
    assert not is_root_user(user)
    for name, service in resolved_services(USER_ENV).items():
        if "build" in service:
            effective = service.get("user") or user
            if service.get("user"):
                assert str(service["user"]).split(":")[0] == user.split(":")[0], f"{name}: user differs from image"
        else:
            effective = service.get("user")  # third-party images: set explicitly
        assert effective is not None and not is_root_user(effective), f"{name} runs as root"


def test_compose_file_holds_no_secret_values():
    compose = load_compose()
    for value in walk_strings(compose):
        for match in references(value):
            name = match["name"] or match["bare"]
            if SECRET_NAME.search(name):
                assert match["op"] not in (":-", "-"), f"${{{name}}} has a default value baked into the file"
    for name, service in compose["services"].items():
        for key, value in environment(service).items():
            if SECRET_NAME.search(key):
                assert references(value), f"{name}: {key} is a literal, not taken from the env file"
                literal = _REFERENCE.sub("", value).replace(":", "")
                assert not literal.strip(), f"{name}: {key} mixes literal text into a secret: {value!r}"
            if key.endswith("_URL") and "@" in value:
                userinfo = value.split("://", 1)[-1].split("@", 1)[0]
                assert not userinfo.strip(":") or references(userinfo), f"{name}: {key} embeds a password"
        # Secrets on command lines: only as variables.
        tokens = command_tokens(service)
        for i, token in enumerate(tokens):
            flag, _, inline = token.partition("=")
            if flag in ("--requirepass", "--masterauth", "--basic-auth", "--password"):
                value = inline or (tokens[i + 1] if i + 1 < len(tokens) else "")
                # ${VAR} from the env file, or $$VAR from the container's environment
                assert references(value) or re.fullmatch(r"\$\$\{?\w+\}?", value), \
                    f"{name}: {flag} is given a literal: {value!r}"


def test_env_file_is_ignored_and_example_documents_every_variable():
    ignored = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=REPO)
    assert ignored.returncode == 0, ".env must be git-ignored"
    tracked = subprocess.run(["git", "ls-files", "--", ".env"], cwd=REPO, capture_output=True, text=True)
    assert tracked.stdout.strip() == "", ".env is committed"
    assert ENV_EXAMPLE.exists()
    referenced = {m["name"] or m["bare"] for value in walk_strings(load_compose()) for m in references(value)}
    assert referenced, "no variables found in the compose file (parser broken?)"
    missing = (referenced | DOCUMENTED_VARIABLES) - set(EXAMPLE_ENV)
    assert not missing, f".env.example lacks {sorted(missing)}"
    # Placeholders only: nothing in the example looks like a real secret.
    for name, value in EXAMPLE_ENV.items():
        if SECRET_NAME.search(name):
            assert "change-me" in value, f".env.example: {name} should be a change-me placeholder"


def test_env_example_host_redis_url_matches_the_compose_redis():
    url = EXAMPLE_ENV["REDIS_URL"]
    assert url == f"redis://:{EXAMPLE_ENV['REDIS_PASSWORD']}@127.0.0.1:{EXAMPLE_ENV['REDIS_HOST_PORT']}/0"


def test_no_pickle_anywhere_in_the_packaging():
    for path in (COMPOSE_FILE, DOCKERFILE, ENV_EXAMPLE):
        assert "pickle" not in path.read_text().lower(), f"{path.name} mentions pickle"
    for name, service in resolved_services(USER_ENV).items():
        for key, value in environment(service).items():
            assert not re.search(r"SERIALIZER|ACCEPT_CONTENT", key), f"{name}: {key} overrides serialization"


# ---------------------------------------------------------------------------------------------
# Dockerfile and build context
# ---------------------------------------------------------------------------------------------
def test_dockerfile_builds_the_project_on_python_311_slim_without_secrets():
    instructions = dockerfile_instructions()
    bases = [rest.split()[0] for keyword, rest in instructions if keyword == "FROM"]
    args = dict(
        rest.partition("=")[::2] for keyword, rest in instructions if keyword == "ARG" and "=" in rest
    )
    bases = [re.sub(r"\$\{(\w+)\}", lambda m: args.get(m[1], m[0]), base) for base in bases]
    assert bases[-1] == "python:3.11-slim", bases
    # the build stage compiles the engine for the runtime's Python: the same version
    assert all(base.split("-")[0] == "python:3.11" for base in bases), bases
    final = final_stage()
    env_text = " ".join(rest for keyword, rest in final if keyword == "ENV")
    assert re.search(r"\bPYTHONUNBUFFERED=1\b", env_text)
    installs = [rest for keyword, rest in final if keyword == "RUN" and "pip install" in rest]
    assert installs and re.search(r"(event-timeline|\.)\[monitor\]", installs[-1]), \
        "the runtime image must install the project with the [monitor] extra (Flower)"
    for keyword, rest in instructions:
        if keyword in ("ENV", "ARG", "LABEL"):
            assert not SECRET_NAME.search(rest), f"secret-looking {keyword} in the Dockerfile: {rest}"
            assert "REDIS_URL" not in rest, "REDIS_URL is runtime configuration, not build configuration"
        if keyword in ("COPY", "ADD"):
            assert ".env" not in rest.split(), "the Dockerfile copies .env"
    assert not [rest for keyword, rest in final if keyword in ("ENTRYPOINT",)], \
        "an ENTRYPOINT would wrap compose's commands"


def dockerfile_copies(path: str) -> bool:
    """Whether a file of the repository reaches the build stage (COPY sources, minus .dockerignore)."""
    for keyword, rest in dockerfile_instructions():
        if keyword not in ("COPY", "ADD") or "--from" in rest:
            continue
        *sources, _destination = [t for t in rest.split() if not t.startswith("--")]
        for source in sources:
            source = source.rstrip("/")
            source = "" if source in (".", "./") else source.removeprefix("./")
            if (not source or path == source or path.startswith(source + "/")) and not dockerignore_excludes(path):
                return True
    return False


def test_dockerfile_copies_every_package_and_the_metadata_setuptools_needs():
    packages = project_packages()
    assert {"schemas", "producer", "worker", "timeline"} <= packages
    for package in packages:
        assert dockerfile_copies(f"{package}/__init__.py"), f"package {package} does not reach the image"
    readme = tomllib.loads(PYPROJECT.read_text())["project"].get("readme")
    for needed in ["pyproject.toml", "setup.py"] + ([readme] if isinstance(readme, str) else []):
        assert (REPO / needed).exists(), f"the build needs {needed}, which does not exist"
        assert dockerfile_copies(needed), f"the build needs {needed}, which is not copied"
    assert not dockerfile_copies(".env") and not dockerfile_copies(".git/config")


def test_every_data_file_in_the_packages_is_installed():
    """The image installs a built wheel, not an editable checkout: a data file (Lua script, lexicon,
    JSON schema, static asset) missing from [tool.setuptools.package-data] is absent in the container
    even though everything works from the source tree."""
    from fnmatch import fnmatch

    package_data = tomllib.loads(PYPROJECT.read_text())["tool"]["setuptools"].get("package-data", {})
    missing = []
    for package in project_packages():
        for relative in source_files(package):
            if relative.endswith((".py", ".pyc", ".md")):  # code, and documentation read in the repo
                continue
            covered = False
            for key, patterns in package_data.items():
                base = "" if key == "*" else key.replace(".", "/") + "/"
                if base and not relative.startswith(base):
                    continue
                inner = relative[len(base):] if base else relative.split("/", 1)[-1]
                # setuptools globs: `*` does not cross a directory
                if any(fnmatch(inner, pattern) and inner.count("/") == pattern.count("/") for pattern in patterns):
                    covered = True
            if not covered:
                missing.append(relative)
    assert not missing, f"not in [tool.setuptools.package-data], so not in the image: {missing}"


def test_dockerignore_keeps_secrets_and_clutter_out_of_the_build_context():
    for path in (".env", ".env.local", ".git/config", ".venv/bin/python", "tests/test_compose.py",
                 "worker/__pycache__/app.cpython-311.pyc", "timeline/.env", "dump.rdb",
                 "appendonlydir/appendonly.aof.1.incr.aof", "event_timeline.egg-info/PKG-INFO",
                 "worker/engine/triggers.cpython-311-x86_64-linux-gnu.so"):
        assert dockerignore_excludes(path), f"{path} would be sent to the Docker daemon"
    sources = ["pyproject.toml", "README.md"] + [path for package in project_packages() for path in source_files(package)]
    assert len(sources) > 10
    for path in sources:
        assert not dockerignore_excludes(path), f"{path} is needed by the build but ignored"


def test_dockerignore_matcher_follows_docker_rules():
    # The check above is only as good as this matcher.
    assert dockerignore_excludes("anything-new.txt")  # allow-list: unknown files stay out
    assert not dockerignore_excludes("worker/engine/data/x.json")
    assert dockerignore_excludes("worker/engine/__pycache__/x.pyc")


# ---------------------------------------------------------------------------------------------
# the same commands exist without Docker
# ---------------------------------------------------------------------------------------------
def test_console_script_and_extras_are_declared():
    project = tomllib.loads(PYPROJECT.read_text())["project"]
    assert project["scripts"]["timeline"] == "timeline.cli:main"
    assert any(req.lower().startswith("flower") for req in project["optional-dependencies"]["monitor"])
    assert (VENV_BIN / "timeline").exists() and (VENV_BIN / "celery").exists()


def test_cli_has_the_commands_compose_runs():
    from timeline.cli import main

    assert {"worker", "health"} <= set(main.commands)
    worker_options = {opt for param in main.commands["worker"].params for opt in param.opts}
    assert "--concurrency" in worker_options


def test_flower_app_path_resolves_to_the_celery_app():
    from celery import Celery

    import worker.app

    assert isinstance(worker.app.app, Celery)
    assert worker.app.app.conf.accept_content == ["json"]


# ---------------------------------------------------------------------------------------------
# run the containers' commands here, with the environment compose gives them
# ---------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def base_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not (k.startswith(("TIMELINE_", "FLOWER_", "CELERY_")) or k in ("REDIS_URL", "REDIS_PASSWORD"))}
    env["PATH"] = f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


def container_env(service: dict, redis_port: int) -> dict[str, str]:
    env = base_env()
    for key, value in environment(service).items():
        env[key] = value.replace("@redis:6379/", f"@127.0.0.1:{redis_port}/")
    return env


def stop(process: subprocess.Popen, timeout: float = 30) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def compose_redis(tmp_path):
    """redis-server started from the compose file's own command line, on a free port."""
    if not shutil.which("redis-server"):
        pytest.skip("redis-server not installed")
    service = resolved_services(USER_ENV)["redis"]
    port = free_port()
    script = service["command"][2] + f" --port {port} --bind 127.0.0.1 --dir {shlex.quote(str(tmp_path))}"
    env = {**base_env(), **environment(service)}
    process = subprocess.Popen(["sh", "-c", script], env=env, cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    client = redis.Redis(port=port, password=env["REDIS_PASSWORD"], socket_timeout=5)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline or process.poll() is not None:
                stop(process)
                pytest.fail("redis-server did not start with the compose command line")
            time.sleep(0.05)
    yield {"service": service, "port": port, "client": client, "env": env, "process": process}
    stop(process)


def test_redis_command_line_runs_with_persistence_and_password(compose_redis):
    import redis

    client = compose_redis["client"]
    assert client.config_get("appendonly")["appendonly"] == "yes"
    assert client.config_get("appendfsync")["appendfsync"] == "everysec"
    assert client.config_get("maxmemory-policy")["maxmemory-policy"] == "noeviction"
    assert int(client.config_get("maxmemory")["maxmemory"]) > 0
    with pytest.raises(redis.AuthenticationError):
        redis.Redis(port=compose_redis["port"], socket_timeout=5).ping()


def test_redis_healthcheck_command_passes_only_with_the_right_password(compose_redis):
    if not shutil.which("redis-cli"):
        pytest.skip("redis-cli not installed")
    check = healthcheck_command(compose_redis["service"])
    assert isinstance(check, str)
    check = check.replace("redis-cli", f"redis-cli -p {compose_redis['port']}", 1)
    ok = subprocess.run(["sh", "-c", check], env=compose_redis["env"], capture_output=True, timeout=10)
    assert ok.returncode == 0, ok.stderr
    wrong = {**compose_redis["env"], "REDIS_PASSWORD": "wrong"}
    assert subprocess.run(["sh", "-c", check], env=wrong, capture_output=True, timeout=10).returncode != 0
    compose_redis["client"].shutdown(nosave=True)
    compose_redis["process"].wait(10)
    down = subprocess.run(["sh", "-c", check], env=compose_redis["env"], capture_output=True, timeout=10)
    assert down.returncode != 0


def run_healthcheck(command: list[str], env: dict[str, str]) -> int:
    return subprocess.run(command, env=env, capture_output=True, timeout=30).returncode


def test_worker_command_and_its_healthcheck_run_without_docker(compose_redis, tmp_path):
    """`timeline worker` as compose runs it turns healthy within its start period, and stops on
    SIGTERM within the stop grace period."""
    service = resolved_services({**USER_ENV, "WORKER_CONCURRENCY": "1"})["worker"]
    env = container_env(service, compose_redis["port"])
    check = healthcheck_command(service)
    assert run_healthcheck(check, env) != 0, "healthy before any worker runs"
    log = (tmp_path / "worker.log").open("wb")
    process = subprocess.Popen(command_tokens(service), env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT)
    try:
        start_period = parse_duration(service["healthcheck"].get("start_period", "0s"))
        deadline = time.monotonic() + max(start_period, 20)
        while run_healthcheck(check, env) != 0:
            assert process.poll() is None, (tmp_path / "worker.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "worker not healthy within the start period"
            time.sleep(0.5)
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.wait(parse_duration(service["stop_grace_period"]))
        assert time.monotonic() - started < parse_duration(service["stop_grace_period"])
    finally:
        stop(process)
        log.close()


def test_flower_command_runs_without_docker_and_requires_its_password(compose_redis, tmp_path):
    service = resolved_services(USER_ENV)["flower"]
    env = container_env(service, compose_redis["port"])
    port = free_port()
    command = [
        {"--port=5555": f"--port={port}", "--address=0.0.0.0": "--address=127.0.0.1"}.get(t, t)
        for t in command_tokens(service)
    ]
    assert f"--port={port}" in command
    log = (tmp_path / "flower.log").open("wb")
    process = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/healthcheck", timeout=2).read()
                break
            except (urllib.error.URLError, ConnectionError):
                assert process.poll() is None, (tmp_path / "flower.log").read_text()[-3000:]
                assert time.monotonic() < deadline, "Flower did not start"
                time.sleep(0.3)
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{base}/workers", timeout=5)
        assert refused.value.code == 401
        credentials = b64encode(f"{USER_ENV['FLOWER_USER']}:{USER_ENV['FLOWER_PASSWORD']}".encode()).decode()
        request = urllib.request.Request(f"{base}/workers", headers={"Authorization": f"Basic {credentials}"})
        assert urllib.request.urlopen(request, timeout=10).status == 200
        # The compose healthcheck itself, pointed at this port.
        check = [t.replace("127.0.0.1:5555", f"127.0.0.1:{port}") for t in healthcheck_command(service)]
        check[0] = sys.executable if check[0] == "python" else check[0]
        assert run_healthcheck(check, env) == 0
    finally:
        stop(process)
        log.close()
