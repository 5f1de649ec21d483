"""Helpers shared by readers: size limits, gzip, dates, and building Articles."""

from __future__ import annotations

import email.utils
import re
import zlib
from datetime import date, datetime
from typing import Any

from eventwire.errors import DocumentTooLarge, ReaderError
from eventwire.model import Article
from eventwire.readers.options import ReadOptions

GZIP_MAGIC = b"\x1f\x8b"
# UTF-8 read as Windows-1252/Latin-1 somewhere upstream ("â€œ" for “, "Ã©" for é, "Ð" runs for Cyrillic):
# a cheap gate so ftfy only looks at texts that show the signs.
_MOJIBAKE = re.compile("â€|Ã[\u0080-\u00bf\u0152-\u2122]|Â[\u00a0-\u00bf]|[ÐÑ][\u0080-\u00bf\u2018-\u203a]")


def human_size(n: int) -> str:
    """Bytes as MB (or plain bytes under 0.1 MB, so small test limits still read sensibly)."""
    if n < 100_000:
        return f"{n:,} bytes"
    return f"{n / 1_000_000:.1f} MB"


def too_large(source: str, size: int, limit: int, at_least: bool = False) -> DocumentTooLarge:
    """The error for a document over `--max-bytes`."""
    if at_least:  # read only up to the limit (a stream, a gzip bomb): its real size is unknown
        return DocumentTooLarge(source, f"document is over the {human_size(limit)} limit (--max-bytes)")
    return DocumentTooLarge(
        source, f"document is {human_size(size)}, over the {human_size(limit)} limit (--max-bytes)"
    )


def gunzip(data: bytes, source: str, limit: int) -> bytes:
    """Decompress gzip data, refusing output over `limit` bytes (a gzip bomb is not read fully)."""
    d = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, limit + 1)
    except zlib.error as e:
        raise ReaderError(source, f"corrupt gzip data: {e}") from e
    if len(out) > limit:
        raise too_large(source, limit + 1, limit, at_least=True)
    if not d.eof:
        # A cut-off download or copy: the text would be silently incomplete.
        raise ReaderError(source, TRUNCATED)
    return out


TRUNCATED = "truncated gzip file: it ends before its end-of-stream marker"


def maybe_gunzip(data: bytes, source: str, limit: int) -> bytes:
    """`data` decompressed when it is gzip, else unchanged."""
    return gunzip(data, source, limit) if data[:2] == GZIP_MAGIC else data


_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_published(value: Any) -> date | datetime | None:
    """A date or datetime from ISO 8601, RFC 2822 or a date/datetime object; None if unparseable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value
    s = str(value).strip()
    if _DATE_ONLY.match(s):
        try:
            return date.fromisoformat(s)
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        pass
    return _written_date(s)


# Date forms scrapers and spreadsheets write that ISO 8601 and RFC 2822 do not cover ("June 6, 2025" left every
# event of a CSV undated). Numeric day/month orders are ambiguous (06/07/2025) and stay unparsed.
_WRITTEN = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"  # an optional weekday
    r"(?:(?P<m1>[a-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"  # June 6, 2025
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[a-z]{3,9})\.?,?\s+(?P<y2>\d{4})"  # 6 June 2025
    r"|(?P<y3>\d{4})/(?P<m3>\d{1,2})/(?P<d3>\d{1,2}))"  # 2025/06/06
    r"(?:[\sT,]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{1,5}|\s*[+-]\d{2}:?\d{2})?)?$",  # a time
    re.I)
_MONTHS_LIST = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_MONTH_NUMBER = {name[:3]: n for n, name in enumerate(_MONTHS_LIST, 1)}
_EPOCH = re.compile(r"^\d{10}$")  # seconds since 1970 (JSON from APIs); 8 digits is 20250606, read above


def _written_date(s: str) -> date | datetime | None:
    """'June 6, 2025', 'Fri, 6 Jun 2025 10:00', '2025/06/06' or epoch seconds; None for anything else."""
    if _EPOCH.match(s):
        from datetime import timezone

        when = datetime.fromtimestamp(int(s), tz=timezone.utc)
        return when if 1990 <= when.year <= 2100 else None
    m = _WRITTEN.match(s)
    if not m:
        return None
    g = m.groupdict()
    if g["y3"]:
        y, mo, d = int(g["y3"]), int(g["m3"]), int(g["d3"])
    else:
        name = (g["m1"] or g["m2"]).lower()
        mo = _MONTH_NUMBER.get(name[:3], 0)
        if not mo or not _MONTHS_LIST[mo - 1].startswith(name):
            return None  # "Junk 6, 2025" is not June
        y, d = int(g["y1"] or g["y2"]), int(g["d1"] or g["d2"])
    try:
        return date(y, mo, d)
    except ValueError:
        return None


_MONTHS = "|".join(_MONTHS_LIST)
_NAME_DATES = (
    (re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)"), "%Y %m %d"),
    (re.compile(rf"(?i)\b({_MONTHS})[-_ ]?(\d{{1,2}})[-_, ]+(\d{{4}})(?!\d)"), "%B %d %Y"),
    (re.compile(rf"(?i)(?<!\d)(\d{{1,2}})[-_ ]?({_MONTHS})[-_ ]?(\d{{4}})(?!\d)"), "%d %B %Y"),
)


def date_from_filename(path: str) -> date | None:
    """A publication date written in a file name (2022-04-01_x.txt, April_01_2022.txt); None if absent."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1].split("#", 1)[0]
    for pattern, fmt in _NAME_DATES:
        m = pattern.search(name)
        if m:
            try:
                day = datetime.strptime(" ".join(m.groups()), fmt).date()
            except ValueError:
                continue
            if 1900 <= day.year <= 2100:
                return day
    return None


def language_tag(value: Any) -> str | None:
    """Primary language subtag, lower-cased ('en-US' -> 'en'); None when absent."""
    if not value or not isinstance(value, str):
        return None
    tag = value.strip().replace("_", "-").split("-")[0].lower()
    return tag if tag.isalpha() and 2 <= len(tag) <= 3 else None


def repair_mojibake(text: str, meta: dict[str, Any]) -> str:
    """Text with doubly-encoded UTF-8 repaired (ftfy.fix_encoding); notes the repair in meta."""
    if not _MOJIBAKE.search(text):
        return text
    import ftfy  # only for the few texts that need it

    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        meta["text_repaired"] = "mojibake (UTF-8 decoded as a legacy code page), fixed with ftfy"
    return fixed


def with_headline(text: str, title: str | None) -> str:
    """The text with its title as the first line, unless it already opens with it (spacing and case aside)."""
    if not title or " ".join(text[: len(title) + 200].split()).casefold().startswith(
            " ".join(title.split()).casefold()):
        return text
    return f"{title}\n\n{text}"


def make_article(
    text: str,
    path: str,
    options: ReadOptions,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: Any = None,
    language: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Article:
    """An Article with the fallbacks every reader applies (date, outlet override, meta["path"])."""
    meta = dict(meta or {})
    meta["path"] = path
    text = repair_mojibake(text, meta)
    title = (title or "").strip() or None
    if options.headline and (headed := with_headline(text, title)) is not text:
        text, meta["headline_in_text"] = headed, True
    when = parse_published(published)
    if published not in (None, "") and when is None:
        # Keep the bad value visible rather than dropping it silently.
        meta["published_invalid"] = str(published)
    if when is None and options.published is None and not path.startswith(("http://", "https://")):
        # Archives often carry the date only in the file name (ISW's April_01_2022.txt).
        when = date_from_filename(path)
        if when is not None:
            meta["published_from"] = "filename"
    return Article(
        id=str(id) if id not in (None, "") else "",
        text=text,
        title=title,
        url=(url or "").strip() or None,
        source=options.source or ((source or "").strip() or None),
        published=when if when is not None else options.published,
        language=language_tag(language),
        meta=meta,
    )
