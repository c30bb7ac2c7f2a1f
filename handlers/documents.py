"""Documents sent to the bot (.txt, .md, .html) -> article text, or a clear reason why not."""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

MAX_DOCUMENT_BYTES = 2 * 1024 * 1024  # far beyond any bulletin; keeps a stray upload from hurting
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm")
_BLOCK_TAGS = {
    "p",
    "br",
    "div",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "blockquote",
}


class DocumentError(ValueError):
    """The document cannot be read as an article; the message is for the user."""


def accepts(file_name: str | None, mime_type: str | None) -> bool:
    name = (file_name or "").lower()
    if name.endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
        return True
    return not name and (mime_type or "") in {"text/plain", "text/markdown", "text/html"}


def check_size(size: int | None) -> None:
    if size is not None and size > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            f"That file is {size / 1024 / 1024:.1f} MB; I read text files up to "
            f"{MAX_DOCUMENT_BYTES // 1024 // 1024} MB. Send the bulletin itself, or split the file."
        )


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is refused, not guessed."""
    if not data.strip():
        raise DocumentError("That file is empty.")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
        else:
            if "\x00" not in text:
                return text
    raise DocumentError(
        "I could not read that file as text: it looks binary or is not UTF-8. "
        "Send a UTF-8 .txt, .md or .html file, or paste the text."
    )


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "template"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "template"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one paragraph per line."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def document_text(data: bytes, file_name: str | None, mime_type: str | None = None) -> str:
    """The article text of a downloaded document; raises DocumentError with a reason."""
    check_size(len(data))
    text = decode(data)
    name = (file_name or "").lower()
    if name.endswith(HTML_SUFFIXES) or (not name and mime_type == "text/html"):
        text = html_to_text(text)
    if not text.strip():
        raise DocumentError("That file has no text in it.")
    return text
