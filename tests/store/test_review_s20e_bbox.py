"""Final read (session 20): a box given as numpy or Decimal numbers is read; a bool is no number."""

from __future__ import annotations

import pytest


def test_a_box_of_numpy_and_decimal_numbers_is_read() -> None:
    from decimal import Decimal

    import numpy as np

    from eventwire.store.base import parse_bbox

    assert parse_bbox((Decimal("22"), np.float32(44), np.int64(41), 52.5)) == (22.0, 44.0, 41.0, 52.5)
    with pytest.raises(ValueError, match="four numbers"):
        parse_bbox((True, 0, 1, 1))
