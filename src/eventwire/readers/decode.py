"""Bytes to text: BOMs, UTF-8, mostly-UTF-8 with replacements, detected legacy encodings."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

from eventwire.errors import ReaderError

# Magic numbers of common binary formats, so the reason can name what was found.
_MAGIC = {
    b"%PDF-": "PDF",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x7fELF": "ELF executable",
    b"SQLite format 3\x00": "SQLite database",
    # Compressed files eventwire does not open (it reads .gz): name them, so the user knows to unpack them.
    b"\xfd7zXZ\x00": "xz-compressed file: unpack it first",
    b"\x28\xb5\x2f\xfd": "zstd-compressed file: unpack it first",
    b"7z\xbc\xaf\x27\x1c": "7-Zip archive: unpack it first",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC excluded).
_CONTROL_OK = frozenset({0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B})
_CONTROL = frozenset(range(0x20)) - _CONTROL_OK | {0x7F}
_SAMPLE = 65536
_NUL_SHARE = 0.01
# Share of junk characters (replacements, private-use, unassigned, stray controls) above which text that a
# byte-order mark announces is binary after all: random bytes behind FF FE decode to ~15% junk, real text to ~0.
_BOM_JUNK = 0.02
_JUNK_CATEGORIES = frozenset({"Co", "Cn", "Cs"})
# Mostly UTF-8: at least as many valid non-ASCII characters as invalid byte sequences
# (legacy 8-bit text almost never forms valid multi-byte UTF-8 sequences by chance).
_UTF8_MAJORITY = 1
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2}")
# Legacy encodings news text plausibly uses; keeps detection on short texts away from exotic codecs.
_CANDIDATES = [
    "cp1252", "cp1251", "koi8_r", "koi8_u", "cp1250", "cp1256", "cp1255", "cp1253", "cp1254",
    "cp1257", "iso8859_2", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_15",
    "mac_cyrillic", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "cp874", "cp1258",
]


@dataclass
class Decoded:
    """Decoded text with how it was decoded."""

    text: str
    encoding: str
    meta: dict[str, object] = field(default_factory=dict)


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def _bom_text_is_junk(data: bytes, enc: str) -> bool:
    """Whether bytes behind a byte-order mark decode to junk rather than text (a binary file that starts FF FE)."""
    sample = data[:_SAMPLE].decode(enc, errors="replace").lstrip("\ufeff")[:-1]  # the cut may split a character
    if not sample:
        return False
    junk = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 0x20 and ord(ch) not in _CONTROL_OK)
               or unicodedata.category(ch) in _JUNK_CATEGORIES)
    return junk > _BOM_JUNK * len(sample)


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' for BOM-less UTF-16 text (NULs in every other byte), else None."""
    sample = data[:_SAMPLE - _SAMPLE % 2]
    if len(sample) < 4 or len(sample) % 2:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # Latin-script UTF-16 has a zero high byte in most code units; binary data has NULs on both sides.
    for enc, highs, lows in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if highs >= 0.5 * half and lows == 0:
            try:
                text = sample.decode(enc)
            except UnicodeDecodeError:
                return None
            controls = sum(1 for ch in text if ord(ch) < 0x20 and ord(ch) not in _CONTROL_OK)
            return enc if controls <= 0.01 * len(text) else None
    return None


def binary_kind(data: bytes) -> str | None:
    """A description when `data` is binary (magic number, NUL bytes, control characters), else None."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    if data[:3] == b"BZh" and data[4:10] == b"\x31\x41\x59\x26\x53\x59":  # "BZh9" then the block magic
        return "bzip2-compressed file: unpack it first"
    enc = bom_encoding(data)
    if enc:
        # UTF-16/32 text legitimately holds NUL bytes; a BOM in front of junk does not make it text.
        return "binary data" if _bom_text_is_junk(data, enc) else None
    if utf16_without_bom(data):
        return None
    sample = data[:_SAMPLE]
    # A stray NUL in a text dump is not binary (the run drops it); binary formats hold NULs by the hundred.
    if sample.count(0) > max(1.0, _NUL_SHARE * len(sample)):
        return "binary data"
    if sample:
        controls = sum(1 for b in sample if b in _CONTROL)
        if controls / len(sample) > 0.05:
            return "binary data"
    return None


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """Decode text bytes; raise ReaderError for binary or undecodable data."""
    kind = binary_kind(data)
    if kind:
        reason = "binary file, not text" if kind == "binary data" else f"binary file ({kind}), not text"
        raise ReaderError(source, reason)
    enc = bom_encoding(data)
    if enc:
        return Decoded(_strip_bom(data.decode(enc, errors="replace")), enc)
    enc = utf16_without_bom(data)
    if enc:
        return Decoded(data.decode(enc, errors="replace"), enc, {"encoding_detected": enc})
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return Decoded(data.decode(declared), declared.lower())
        except (LookupError, UnicodeDecodeError):
            pass
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    good = sum(1 for ch in loose if ord(ch) > 0x7F) - bad
    if good >= _UTF8_MAJORITY * bad:
        # A UTF-8 file with a few corrupt bytes: keep it, count the damage.
        return Decoded(loose, "utf-8", {"encoding_errors": bad})
    if not _HIGH_RUN.search(data):
        # Lone accented letters or smart quotes between ASCII: Western text, the commonest case.
        text = data.decode("cp1252", errors="strict") if _cp1252_ok(data) else data.decode("latin-1")
        return Decoded(text, "cp1252", {"encoding_detected": "cp1252"})
    from charset_normalizer import from_bytes  # only legacy-encoded text needs it

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None or best.encoding is None:
        # Not binary, yet no encoding fits: keep the text with visible replacements, counted.
        return Decoded(loose, "utf-8", {"encoding_errors": bad, "encoding_undetected": True})
    return Decoded(str(best), best.encoding, {"encoding_detected": best.encoding})


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True
