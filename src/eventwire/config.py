"""Settings: defaults < eventwire.toml < EVENTWIRE_* environment < CLI flags."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULTS: dict[str, Any] = {
    "db": "eventwire.db",
    "pipeline": None,  # None: the bundled default pipeline
    "max_bytes": 10_000_000,
    "timeout": 20.0,
    "allow_private": False,
    "cache_dir": str(Path.home() / ".cache" / "eventwire"),
    "log_level": "WARNING",
}
_TYPES = {k: type(v) for k, v in DEFAULTS.items() if v is not None}
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off", ""}


# Settings that must be above zero: `max_bytes = 0` refused every document, a negative timeout every URL.
_POSITIVE = ("max_bytes", "timeout")


def _coerce(key: str, value: Any) -> Any:
    value = _typed(key, value)
    if key in _POSITIVE and not value > 0:
        raise ConfigError(f"setting {key}: must be above 0 (got {value!r})")
    return value


def _typed(key: str, value: Any) -> Any:
    kind = _TYPES.get(key)
    if isinstance(value, bool) and kind in (int, float):
        raise ConfigError(f"setting {key}: cannot read {value!r} as {kind.__name__}")  # TOML `true` is not 1
    if kind is None or isinstance(value, kind):
        return value
    try:
        if kind is bool:
            word = str(value).strip().lower()
            if word in _TRUE | _FALSE:
                return word in _TRUE
            # A typo ("ture") must not quietly mean false: allow_private guards against fetching internal URLs.
            raise ValueError(word)
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {key}: cannot read {value!r} as {kind.__name__}") from exc


def load_settings(path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """Merge the layers and return the effective settings, each value with the right type."""
    settings = dict(DEFAULTS)
    file = Path(path) if path else Path(os.environ.get("EVENTWIRE_CONFIG", "eventwire.toml"))
    if file.is_file():
        try:
            data = tomllib.loads(file.read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read settings {file}: {exc}") from exc
        unknown = set(data) - set(DEFAULTS)
        if unknown:
            raise ConfigError(f"{file}: unknown settings {', '.join(sorted(unknown))}")
        settings.update(data)
    elif path:
        raise ConfigError(f"settings file {path} not found")
    for key in DEFAULTS:
        env = os.environ.get(f"EVENTWIRE_{key.upper()}")
        if env is not None:
            settings[key] = env
    if os.environ.get("EVENTWIRE_CACHE") and "EVENTWIRE_CACHE_DIR" not in os.environ:
        settings["cache_dir"] = os.environ["EVENTWIRE_CACHE"]  # the older, shorter name of the same setting
    for key, value in (overrides or {}).items():
        if value is not None:
            settings[key] = value
    return {k: _coerce(k, v) for k, v in settings.items()}
