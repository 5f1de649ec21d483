"""The merge's pause of the cyclic garbage collector and the cached word readers."""

import gc

import pytest

from eventwire.merge.basics import gc_paused, plain_words, words


def test_gc_paused_restores_an_enabled_collector_even_after_an_error():
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        assert not gc.isenabled()
        raise ValueError("boom")
    assert gc.isenabled()


def test_gc_paused_leaves_a_disabled_collector_disabled():
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_cached_words_hand_out_a_fresh_set_each_call():
    first = words("Drone strike hits the Al Bāb market")
    first.add("extra")
    assert words("Drone strike hits the Al Bāb market") == {"drone", "strike", "hit", "bab", "market"}
    shown = plain_words("Kherson Oblast")
    shown.clear()
    assert plain_words("Kherson Oblast") == {"kherson", "oblast"}
