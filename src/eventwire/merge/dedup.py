"""Near-duplicate articles (syndicated and lightly edited copies) with MinHash LSH."""

from __future__ import annotations

import re
import struct
import unicodedata
import zlib
from collections.abc import Iterable
from datetime import date, datetime, time, timezone

from datasketch import MinHash, MinHashLSH

from eventwire.model import Article

_WORD = re.compile(r"\w+", re.UNICODE)


def sortable(published: date | datetime | None) -> datetime:
    """A publication time to sort by: naive, a date at midnight, undated last."""
    # Undated articles sort last: a dated report is the better guess for the original.
    if published is None:
        return datetime.max
    if isinstance(published, datetime):
        return published.replace(tzinfo=None)
    return datetime.combine(published, time.min)


def _fetched(a: Article) -> datetime:
    # Same publication day: the report read first is the original (ingested "Wire A", then its copy "Wire B").
    f = a.fetched_at
    return f.astimezone(timezone.utc).replace(tzinfo=None) if f.tzinfo else f


def words(text: str) -> list[str]:
    """The words of `text` as copies are compared: NFKC-normalized and case-folded."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str, k: int = 5) -> set[int]:
    """Hashed word k-grams of normalized text (case, accents, quotes and Unicode spaces folded)."""
    ws = words(text)
    if not ws:
        return set()
    # Python's str hash is salted per process; crc32 is stable across runs and fast (C).
    n = max(1, len(ws) - k + 1)
    return {zlib.crc32(" ".join(ws[i : i + k]).encode("utf-8")) for i in range(n)}


# (article id, text) -> its shingles and MinHash: hashing is the cost of a pass, and a second pass over more
# articles need not hash the same ones again.
HashCache = dict[tuple[str, str], tuple[set[int], MinHash]]


class NearDuplicateIndex:
    """Incremental MinHash LSH index: `add` an article, learn which earlier one it copies."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, k: int = 5, lsh_threshold: float = 0.5,
                 cache: HashCache | None = None):
        # LSH finds candidates at a lower Jaccard than the final test, because a copy trimmed
        # to half its length has Jaccard 0.5 with the original but containment near 1.
        self.threshold = threshold
        self.num_perm = num_perm
        self.k = k
        self._cache = cache  # shared by passes of one num_perm and k
        self._lsh = MinHashLSH(threshold=lsh_threshold, num_perm=num_perm)
        self._sets: dict[str, set[int]] = {}
        self._root: dict[str, str] = {}  # copy id -> original id

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._sets

    def _minhash(self, sh: set[int]) -> MinHash:
        m = MinHash(num_perm=self.num_perm)
        if sh:
            m.update_batch([struct.pack("<I", x) for x in sh])
        return m

    def add(self, article: Article) -> str | None:
        """Index an article; return the id of the original it copies, or None if it is new."""
        if article.id in self._sets:
            return self._root.get(article.id)
        key = (article.id, article.text)
        if self._cache is not None and key in self._cache:
            sh, m = self._cache[key]
        else:
            sh = shingles(article.text, self.k)
            m = self._minhash(sh)
            if self._cache is not None:
                self._cache[key] = (sh, m)
        self._sets[article.id] = sh
        if not sh:
            return None
        best: tuple[float, str] | None = None
        for cand in self._lsh.query(m):
            other = self._sets[cand]
            inter = len(sh & other)
            score = inter / min(len(sh), len(other))  # containment: a trimmed copy still matches
            if score >= self.threshold and (best is None or (score, cand) > best):
                best = (score, cand)
        self._lsh.insert(article.id, m)
        if best is None:
            return None
        root = self._root.get(best[1], best[1])
        self._root[article.id] = root
        return root

    @property
    def copies(self) -> dict[str, str]:
        """Every copy found so far, mapped to its original."""
        return dict(self._root)


def find_near_duplicates(
    articles: Iterable[Article], threshold: float = 0.8, num_perm: int = 128, cache: HashCache | None = None
) -> dict[str, str]:
    """Map each near-duplicate copy's id to its original's id (the earliest published, then fetched).

    `cache` keeps each article's shingles and MinHash for a later call over more articles (the store's mention step).
    """
    ordered = sorted(articles, key=lambda a: (sortable(a.published), _fetched(a), a.id))
    index = NearDuplicateIndex(threshold=threshold, num_perm=num_perm, cache=cache)
    for art in ordered:
        index.add(art)
    return index.copies
