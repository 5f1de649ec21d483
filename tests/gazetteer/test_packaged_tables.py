"""The GeoNames admin tables ship inside the package, so the gazetteer builds without the shared data folder."""

from __future__ import annotations

from eventwire.gazetteer import sources as S


def test_admin_tables_are_packaged_and_admin2_reads_from_gzip(monkeypatch):
    monkeypatch.delenv("EVENTWIRE_GEONAMES_SMALL", raising=False)
    gs = S.geonames_small_dir()
    assert "eventwire" in str(gs) and (gs / "ATTRIBUTION.txt").exists()
    admin2 = {row[0]: row[1] for row in S.tsv_rows(gs / "admin2Codes.txt")}
    assert len(admin2) > 40_000
    assert admin2["SY.08.165928"] == "Qatana District"  # the seed story's district
    countries = [row[0] for row in S.tsv_rows(gs / "countryInfo.txt")]
    assert "UA" in countries and len(countries) >= 250


def test_env_folder_overrides_the_packaged_copy(monkeypatch, tmp_path):
    (tmp_path / "admin1CodesASCII.txt").write_text("UA.12\tKyiv City\tKyiv City\t703447\n", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_GEONAMES_SMALL", str(tmp_path))
    assert S.geonames_small_dir() == tmp_path
    assert list(S.tsv_rows(tmp_path / "admin1CodesASCII.txt")) == [["UA.12", "Kyiv City", "Kyiv City", "703447"]]
