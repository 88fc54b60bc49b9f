"""The per-form feature dict and the prebuilt table: fresh, lazy, and never a different result."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import any_text

from newsread import _forms, _syllables
from newsread._forms import FormTable, compute, decode, prebuilt_table
from newsread._syllables import _grouped_table, file_header
from newsread._words import fast_words

REBUILD = "newsread/data/word-forms.txt is stale: python benchmarks/build_form_table.py"


def test_table_is_stamped_with_the_code_and_data_that_compute_it() -> None:
    header = file_header(_forms.TABLE_FILE)
    assert header["rules-version"] == _syllables.RULES_VERSION, REBUILD
    assert header["forms-version"] == _forms.FORMS_VERSION, REBUILD
    assert header["source-hash"] == _forms.source_hash(), REBUILD
    assert int(header["entries"]) == len(_grouped_table(_forms.TABLE_FILE, int)) > 120_000


def test_table_entries_are_what_the_code_computes() -> None:
    table = prebuilt_table()
    assert len(table) > 120_000  # the stamp matched, so the table is in use
    wrong = {}
    for i, (word, code) in enumerate(sorted(table.items())):
        if i % 8:  # one word in eight: the stamp above covers the rest
            continue
        syl, _, cx, dc, sp, lower = compute(word)
        if (lower, decode(code)) != (word, (syl, cx, dc, sp)):
            wrong[word] = (decode(code), (syl, cx, dc, sp))
    assert wrong == {}


def test_table_entries_are_lower_case_ascii_without_digits() -> None:
    # FormTable.make relies on it: an entry's form is its own lower-cased form, not
    # capitalised, and no figure
    table = prebuilt_table()
    odd = [w for w in table if not w.isascii() or w != w.lower() or any(c.isdigit() for c in w)]
    assert odd == []


def test_prebuilt_forms_and_their_capitalised_spellings_equal_computed_ones() -> None:
    table = prebuilt_table()
    slow = FormTable(load_after=10**9)
    fast = FormTable(load_after=-1)
    fast["warm"]
    wrong = {}
    for i, word in enumerate(sorted(table)):
        if i % 16:
            continue
        for form in (word, word[:1].upper() + word[1:], word.upper()):
            if slow[form] != fast[form]:
                wrong[form] = (slow[form], fast[form])
    assert wrong == {}
    assert slow.prebuilt is None and slow.computed > 0


def test_compounds_and_possessives_of_entries_equal_computed_ones() -> None:
    # FormTable.make gives these from their parts' entries (_forms._compound) or from the
    # lower-cased entry ("Smith's"), without computing them
    words = sorted(w for w in prebuilt_table() if w.isalpha())[::211]
    slow = FormTable(load_after=10**9)
    fast = FormTable(load_after=-1)
    fast["warm"]
    wrong = {}
    for a, b, c in zip(words, words[7:] + words[:7], words[3:] + words[:3], strict=True):
        for form in (
            f"{a}-{b}",
            f"{a.title()}-{b}",
            f"{a}-{b}-{c}",
            f"{a.title()}-{b}-{c}",
            f"{a.upper()}-{b}",
            f"{a}-{b.title()}",
            f"{a.title()}'s",
            f"{a}'s",
            f"{a.title()}-{b}'s",
        ):
            if slow[form] != fast[form]:
                wrong[form] = (slow[form], fast[form])
    assert wrong == {}


def test_exceptions_of_letters_and_hyphens_are_table_entries() -> None:
    # _forms._compound takes a compound that is not an entry to have no exception either
    from newsread._syllables import _exceptions

    shaped = [w for w in _exceptions() if w.replace("-", "").isalpha() and w == w.lower()]
    assert len(shaped) > 5000
    assert [w for w in shaped if w not in prebuilt_table()] == []


#: Word-like text: letters in both cases, joiners, figures, marks, a soft hyphen and NFD.
_WORDISH = st.text(st.sampled_from("aeiouybcdlmnrstAEIOUYBCSTZ'’-‐.,:/$%0123 \u00ade\u0301İß"))
_TABLE_WORDS = st.sampled_from(sorted(prebuilt_table())[::97]).map(
    lambda w: st.sampled_from(
        (w, w.title(), w.upper(), w + "'s", w.title() + "s", w.title() + "'s")
    )
)
#: Compounds of table words: "best-known", "Low-cost", "A-list" (words of any of those shapes).
_COMPOUNDS = st.lists(_TABLE_WORDS.flatmap(lambda s: s), min_size=2, max_size=3).map("-".join)


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        any_text,
        _WORDISH,
        st.lists(_TABLE_WORDS.flatmap(lambda s: s)).map(" ".join),
        st.lists(_COMPOUNDS).map(" ".join),
    ),
    st.sampled_from(_syllables.NUMBERS),
)
def test_any_word_counts_the_same_with_or_without_the_prebuilt_table(
    text: str, numbers: _syllables.Numbers
) -> None:
    slow = FormTable(numbers, load_after=10**9)
    fast = FormTable(numbers, load_after=-1)
    fast["warm"]  # the first computed form loads the prebuilt file
    for word in fast_words(text):
        assert slow[word] == fast[word], word
    assert fast.prebuilt is not None and slow.prebuilt is None


def test_table_loads_only_after_many_new_forms() -> None:
    t = FormTable(load_after=3)
    for w in ("one", "two", "three"):
        t[w]
    assert t.prebuilt is None
    t["four"]
    assert t.prebuilt is not None and len(t.prebuilt) > 120_000
    assert t.computed == 4
    t["fifth"], t["Fifth"]  # found in the table: not computed
    assert t.computed == 4


def test_one_article_does_not_load_the_table() -> None:
    code = (
        "import newsread\n"
        "from newsread._forms import prebuilt_table\n"
        "newsread.analyze('Storm hits coast\\n\\nThe storm reached the coast at dawn. '"
        " 'Thousands of homes lost power, and the council closed the harbor road.')\n"
        "print(prebuilt_table.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_the_dict_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_forms, "FORM_LIMIT", 5)
    t = FormTable(load_after=10**9)
    for i in range(12):
        t[f"word{i}"]
    assert 0 < len(t) <= 5
    assert t["word3"] == FormTable(load_after=10**9)["word3"]
