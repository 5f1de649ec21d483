"""Session 12: ingest reads each stored article row once while deciding a record's id and its kept fields."""

from __future__ import annotations

from datetime import date

from eventwire.model import Article
from eventwire.model.article import content_id
from eventwire.run import _keep_known

# Texts written for this test.
KHARKIV = "Drones struck a depot in Kharkiv overnight, the governor said."
KHERSON = "Shelling hit a school in Kherson on Tuesday, officials said."


class _Rows:
    """A store stand-in that lists every article id read."""

    def __init__(self, rows: dict[str, Article]):
        self.rows = rows
        self.reads: list[str] = []

    def get_article(self, article_id: str) -> Article | None:
        self.reads.append(article_id)
        return self.rows.get(article_id)


def test_a_given_id_stored_for_the_same_text_is_read_once_and_keeps_its_fields() -> None:
    stored = Article(id="1", text=KHARKIV, source="Wire A", url="https://a.example/1", published=date(2025, 6, 6))
    store = _Rows({"1": stored})
    out = list(_keep_known([Article(id="1", text=KHARKIV)], store))  # type: ignore[arg-type]
    assert store.reads == ["1"]
    assert (out[0].id, out[0].source, out[0].url, out[0].published) == ("1", "Wire A", "https://a.example/1",
                                                                        date(2025, 6, 6))


def test_a_given_id_stored_for_another_text_is_renamed_and_its_own_row_read() -> None:
    store = _Rows({"1": Article(id="1", text=KHARKIV, source="Wire A", meta={"path": "a.jsonl"})})
    item = Article(id="1", text=KHERSON, meta={"path": "b.jsonl"})
    out = list(_keep_known([item], store))  # type: ignore[arg-type]
    own = content_id(None, KHERSON, prefix="art_")
    assert (out[0].id, out[0].meta["given_id"]) == (own, "1")
    assert store.reads == ["1", own]


def test_a_content_id_is_read_only_for_its_kept_fields() -> None:
    own = content_id(None, KHERSON, prefix="art_")
    store = _Rows({own: Article(id=own, text=KHERSON, source="Wire B")})
    out = list(_keep_known([Article(id=own, text=KHERSON)], store))  # type: ignore[arg-type]
    assert store.reads == [own] and out[0].source == "Wire B"
