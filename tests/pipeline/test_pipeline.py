"""The pipeline core: registry, requires/assigns check, TOML builder, error policy, stats."""

from __future__ import annotations

import pytest

from eventwire.errors import ComponentError, PipelineError
from eventwire.model import Article
from eventwire.pipeline import ComponentSpec, Pipeline, Registry, WorkDoc, check_chain, default_registry


def make_upper():
    def upper(doc: WorkDoc) -> WorkDoc:
        doc.meta["upper"] = doc.text.upper()
        return doc

    return upper


def make_boom(message: str = "boom"):
    def boom(doc: WorkDoc) -> WorkDoc:
        if "refused" in doc.text:
            raise ComponentError(f"unsupported input: {message}")
        if "bad" in doc.text:
            raise ValueError(message)
        doc.meta["boom_ran"] = True
        return doc

    return boom


HERE = __name__
UPPER = ComponentSpec("test.upper.v1", f"{HERE}:make_upper", (), ("upper",))
BOOM = ComponentSpec("test.boom.v1", f"{HERE}:make_boom", ("upper",), ("boom",))


def registry() -> Registry:
    return Registry([UPPER, BOOM])


def test_builtin_registry_lists_versioned_names_that_load():
    reg = default_registry()
    names = [s.name for s in reg]
    assert "sentences.rules.v1" in names and "assemble.events.v1" in names
    assert all(n.rsplit(".", 1)[1].startswith("v") for n in names)
    assert callable(reg.get("sentences.rules.v1").load())


def test_unknown_component_suggests_close_names():
    with pytest.raises(PipelineError, match="did you mean test.upper.v1"):
        registry().get("test.upper.v2")


def test_duplicate_registration_refused():
    with pytest.raises(PipelineError, match="already registered"):
        Registry([UPPER, UPPER])


def test_chain_check_fails_before_run_when_a_layer_is_missing():
    with pytest.raises(PipelineError, match="test.boom.v1 requires upper"):
        check_chain([BOOM, UPPER])
    check_chain([UPPER, BOOM])


def test_build_from_config_with_args_and_run():
    cfg = {"stage": [{"name": "test.upper.v1"}, {"name": "test.boom.v1", "args": {"message": "kaput"}}]}
    pipe = Pipeline.from_config(cfg, registry())
    assert pipe.names == ["test.upper.v1", "test.boom.v1"]
    docs = list(pipe.run([Article(text="good one"), Article(text="a bad one"), Article(text="fine")]))
    assert [d.meta["upper"] for d in docs] == ["GOOD ONE", "FINE"]
    assert pipe.stats.documents == 3 and pipe.stats.succeeded == 2 and pipe.stats.failed == 1
    failure = pipe.stats.failures[0]
    assert failure.stage == "test.boom.v1" and failure.reason == "ValueError: kaput"


def test_failure_reason_of_our_own_error_reads_without_its_type():
    pipe = Pipeline.from_config({"stage": [{"name": "test.upper.v1"}, {"name": "test.boom.v1"}]}, registry())
    assert list(pipe.run([Article(text="refused text")])) == []
    # A person reads this reason in the CLI summary and the failures table: no "ComponentError: " prefix.
    assert pipe.stats.failures[0].reason == "unsupported input: boom"
    assert set(pipe.stats.seconds) == {"test.upper.v1", "test.boom.v1"}


def test_skip_component_policy_keeps_the_document():
    cfg = {"stage": [{"name": "test.upper.v1"}, {"name": "test.boom.v1", "on_error": "skip_component"}]}
    pipe = Pipeline.from_config(cfg, registry())
    docs = list(pipe.run([Article(text="bad")]))
    assert len(docs) == 1 and "boom_ran" not in docs[0].meta
    assert "test.boom.v1: boom" in docs[0].meta["stage_errors"][0]


def test_raise_policy_propagates():
    cfg = {"stage": [{"name": "test.upper.v1"}, {"name": "test.boom.v1", "on_error": "raise"}]}
    pipe = Pipeline.from_config(cfg, registry())
    with pytest.raises(ValueError, match="boom"):
        list(pipe.run([Article(text="bad")]))


def test_bad_config_is_a_clear_error(tmp_path):
    with pytest.raises(PipelineError, match="no \\[\\[stage\\]\\]"):
        Pipeline.from_config({}, registry())
    with pytest.raises(PipelineError, match="on_error must be"):
        Pipeline.from_config({"stage": [{"name": "test.upper.v1", "on_error": "ignore"}]}, registry())
    with pytest.raises(PipelineError, match="bad arguments"):
        Pipeline.from_config({"stage": [{"name": "test.upper.v1", "args": {"x": 1}}]}, registry())
    bad = tmp_path / "p.toml"
    bad.write_text("[[stage]\nname=", encoding="utf-8")
    with pytest.raises(PipelineError, match="invalid pipeline TOML"):
        Pipeline.from_toml(bad, registry())


def test_default_pipeline_toml_chains():
    from eventwire.pipeline import load_pipeline_config

    cfg = load_pipeline_config()
    reg = default_registry()
    check_chain([reg.get(s["name"]) for s in cfg["stage"]])


def test_workdoc_sentence_lookup():
    from eventwire.components.sentences import split_sentences

    doc = WorkDoc(Article(text="First one. Second one here. Third."))
    doc.sentences = split_sentences(doc.text)
    assert len(doc.sentences) == 3
    assert doc.sentence_of(doc.text.index("Second")) == 1
    assert doc.sentence_text(2) == "Third."
    assert doc.sentence_of(10_000) == -1


def test_article_id_is_deterministic_content_hash():
    a = Article(title="T", text="Some  text\nhere")
    b = Article(title="T", text="Some text here")
    assert a.id == b.id and a.id.startswith("art_")
    assert Article(text="other").id != a.id
    assert Article(id="given", text="x").id == "given"
