"""Settings layering: defaults < file < environment < flags."""

from __future__ import annotations

import pytest

from eventwire.config import DEFAULTS, load_settings
from eventwire.errors import ConfigError


def test_layers(tmp_path, monkeypatch):
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert load_settings()["db"] == DEFAULTS["db"]
    (tmp_path / "eventwire.toml").write_text('db = "file.db"\nmax_bytes = 5\n', encoding="utf-8")
    assert load_settings()["db"] == "file.db"
    monkeypatch.setenv("EVENTWIRE_DB", "env.db")
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "77")
    s = load_settings()
    assert s["db"] == "env.db" and s["max_bytes"] == 77
    assert load_settings(overrides={"db": "flag.db"})["db"] == "flag.db"


def test_bad_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "eventwire.toml").write_text('colour = "red"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown settings colour"):
        load_settings()
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "lots")
    (tmp_path / "eventwire.toml").unlink()
    with pytest.raises(ConfigError, match="max_bytes"):
        load_settings()
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "missing.toml")


def test_cache_dir_setting_is_where_the_index_goes(tmp_path, monkeypatch):
    from eventwire.gazetteer.index import cache_dir

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EVENTWIRE_CACHE", raising=False)
    monkeypatch.delenv("EVENTWIRE_CACHE_DIR", raising=False)
    (tmp_path / "eventwire.toml").write_text(f'cache_dir = "{tmp_path / "from-file"}"\n', encoding="utf-8")
    assert cache_dir() == tmp_path / "from-file" == tmp_path / load_settings()["cache_dir"]
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path / "short-name"))  # the older name still works
    assert cache_dir() == tmp_path / "short-name" and load_settings()["cache_dir"] == str(tmp_path / "short-name")
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "long-name"))
    assert cache_dir() == tmp_path / "long-name" and load_settings()["cache_dir"] == str(tmp_path / "long-name")
