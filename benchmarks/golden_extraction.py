"""Correctness harness for speed work: the extractor's full output over many texts, to compare before/after.

Reads every corpus text (dev, intl, seed, the invented sets), generated bulletins and
mutated copies (sentences shuffled, lower/upper case, paragraphs reversed, halves),
runs ``extract_article`` with a fixed received time (and again with a learned
town->province map and with no received time), and writes every ``Extraction`` field
as JSON. A speed-only change must leave the file byte-identical:

    python -m benchmarks.golden_extraction --out /tmp/before.json
    ... change the code ...
    python -m benchmarks.golden_extraction --check /tmp/before.json
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.common import CORPUS
from benchmarks.gen_articles import Generator

ROOT = CORPUS.parent
RECEIVED = datetime(2019, 4, 10, 6, 30, tzinfo=UTC)


def _texts() -> Iterator[tuple[str, str]]:
    """(label, text) for every source text."""
    folders = [CORPUS / "dev", CORPUS / "intl", ROOT / "corpus_invented", ROOT / "corpus_invented2"]
    folders.append(ROOT / "corpus_invented3")
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and "text" in data:
                yield f"{folder.name}/{path.stem}", str(data["text"])
    seed = json.loads((CORPUS / "seed.json").read_text(encoding="utf-8"))
    yield "seed.json", str(seed["text"])
    yield "seed.txt", (CORPUS / "seed.txt").read_text(encoding="utf-8")


def _mutations(label: str, text: str, rng: random.Random) -> Iterator[tuple[str, str]]:
    """Variants of one text that reach other branches of the rules."""
    yield label, text
    yield f"{label}~lower", text.lower()
    yield f"{label}~upper", text.upper()
    sentences = re.split(r"(?<=[.!?])\s+", text)
    shuffled = sentences[:]
    rng.shuffle(shuffled)
    yield f"{label}~shuffled", " ".join(shuffled)
    yield f"{label}~paras", "\n\n".join(reversed(text.split("\n\n")))
    half = len(text) // 2
    yield f"{label}~head", text[:half]
    yield f"{label}~tail", text[half:]
    yield f"{label}~oneline", " ".join(text.split())


def _learned() -> dict[str, str]:
    """A town->province map like the store keeps, from the dev annotations."""
    from extraction.places import place_key

    learned: dict[str, str] = {}
    for path in sorted((CORPUS / "dev").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for inc in data.get("incidents") or []:
            if inc.get("location") and inc.get("admin1"):
                learned[place_key(inc["location"])] = inc["admin1"]
    return learned


def _dump(obj: Any) -> Any:
    return dataclasses.asdict(obj)


def collect(generated: int) -> dict[str, Any]:
    """label -> full extraction output (three variants of the call)."""
    from extraction.article import extract_article

    rng = random.Random(11)
    learned = _learned()
    sources = list(_texts())
    gen = Generator(seed=23)
    for i in range(generated):
        art = gen.article()
        sources.append((f"gen/{i}", art["text"]))
    out: dict[str, Any] = {}
    for label, text in sources:
        for name, variant in _mutations(label, text, rng):
            out[name] = [
                _dump(extract_article(variant, RECEIVED, {})),
                _dump(extract_article(variant, RECEIVED, learned)),
                _dump(extract_article(variant, None, {})),
            ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--generated", type=int, default=300, help="generated bulletins to add")
    parser.add_argument("--out", type=Path, help="write the outputs here")
    parser.add_argument("--check", type=Path, help="compare with this earlier output")
    args = parser.parse_args(argv)
    data = collect(args.generated)
    blob = json.dumps(data, indent=1, sort_keys=True, default=str, ensure_ascii=False)
    if args.out:
        args.out.write_text(blob, encoding="utf-8")
        print(f"{len(data)} texts x 3 calls -> {args.out}")
    if args.check:
        before = json.loads(args.check.read_text(encoding="utf-8"))
        now = json.loads(blob)
        diff = [k for k in sorted(set(before) | set(now)) if before.get(k) != now.get(k)]
        for k in diff[:20]:
            print(f"DIFF {k}\n  before: {before.get(k)}\n  now:    {now.get(k)}")
        print(f"{len(now)} texts compared, {len(diff)} differ")
        return 1 if diff else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
