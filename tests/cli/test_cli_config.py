"""Settings from a person's side: a mistyped value is an error that names it, never a silent default."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from eventwire.cli import cli
from eventwire.config import load_settings
from eventwire.errors import ConfigError


@pytest.mark.parametrize(("word", "value"), [("true", True), ("YES", True), ("1", True), ("off", False),
                                             ("false", False), ("0", False)])
def test_yes_and_no_words_are_read(monkeypatch, word, value):
    monkeypatch.setenv("EVENTWIRE_ALLOW_PRIVATE", word)
    assert load_settings()["allow_private"] is value


def test_a_mistyped_yes_or_no_is_an_error_not_false(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EVENTWIRE_ALLOW_PRIVATE", "ture")
    with pytest.raises(ConfigError, match="setting allow_private: cannot read 'ture' as bool"):
        load_settings()
    said = CliRunner().invoke(cli, ["config", "show"])
    assert said.exit_code == 2 and "cannot read 'ture' as bool" in said.stderr


def test_a_bad_settings_file_names_the_setting(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "eventwire.toml").write_text('max_bytes = "big"\n', encoding="utf-8")
    said = CliRunner().invoke(cli, ["events"])
    assert said.exit_code == 2 and said.stderr == "error: setting max_bytes: cannot read 'big' as int\n"
    assert not (tmp_path / "eventwire.db").exists()


@pytest.mark.parametrize("toml, words", [
    ("max_bytes = 0\n", "setting max_bytes: must be above 0 (got 0)"),  # every document was refused
    ("timeout = -1\n", "setting timeout: must be above 0 (got -1.0)"),
    ("max_bytes = true\n", "setting max_bytes: cannot read True as int"),  # TOML true read as 1 byte
])
def test_sizes_and_timeouts_must_be_above_zero(monkeypatch, tmp_path, toml, words):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "eventwire.toml").write_text(toml, encoding="utf-8")
    said = CliRunner().invoke(cli, ["config", "show"])
    assert said.exit_code == 2 and said.stderr == f"error: {words}\n"
    monkeypatch.setenv("EVENTWIRE_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("EVENTWIRE_TIMEOUT", "0")
    with pytest.raises(ConfigError, match=r"setting timeout: must be above 0 \(got 0.0\)"):
        load_settings()
