"""Short prose closed by another script's sentence mark is prose, not menu links (review s20-b D5)."""

from __future__ import annotations

import pytest
from readers_support import read_all

from eventwire.readers.html import prose_words, word_count


@pytest.mark.parametrize("line", [
    "قال الحاكم إن الإصلاحات بدأت؟",  # Arabic question mark
    "قتل شخصان وأصيب ثلاثة؛",  # Arabic semicolon
    "खारकीव पर हमला हुआ।",  # Devanagari danda
    "दो लोग मारे गए॥",  # double danda
    "ハルキウで砲撃。",  # Japanese full stop
    "哈尔科夫遭到炮击！",  # full-width exclamation mark
    "敖德萨停电了吗？",  # full-width question mark
    "Обстріл Харкова триває.",  # Ukrainian
    "Սումին ռմբակոծվել է։",  # Armenian full stop
])
def test_a_short_line_closed_by_a_sentence_mark_of_its_script_is_prose(line):
    assert 0 < word_count(line) < 6 and prose_words(line) == word_count(line)


def test_menu_lines_in_other_scripts_are_still_not_prose():
    assert prose_words("الرئيسية\nسياسة\nमुख्य पृष्ठ\nニュース\nНовини") == 0
    # "…" ends link and menu text, not sentences: these four lines counted as 6 prose words (review s20-c B3).
    assert prose_words("Read more…\nБільше новин…\nLoading…\nSearch…") == 0


@pytest.mark.parametrize("lang, paragraphs", [
    ("ar", ["قصفت القوات الروسية مدينة خاركيف ليلا", "قتل شخصان وأصيب ثلاثة؛", "قال الحاكم إن الإصلاحات بدأت؟"]),
    ("hi", ["खारकीव पर रात में हमला हुआ।", "दो लोग मारे गए।", "राज्यपाल ने मरम्मत शुरू की।"]),
])
def test_a_short_brief_in_arabic_or_hindi_is_read(tmp_path, lang, paragraphs):
    # It was refused as "only short lines such as menu links", before the language stage could name the language.
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = tmp_path / f"{lang}.html"
    page.write_text(f'<html lang="{lang}"><body><article>{body}</article></body></html>', encoding="utf-8")
    [art], errs = read_all(page)
    assert errs == [] and art.text.endswith(paragraphs[-1]) and art.language == lang
