"""Seeded generator of ceasefire bulletins in the corpus's style, for the bulk-ingest benchmark.

Every article is written from templates here (three outlets' styles: a Sputnik-like
daily bulletin, a TASS-like report with a dateline, a commission's per-province
totals), with places, provinces, counts and dates varied across ten years. Town
names are those annotated in ``tests/corpus/dev`` plus made-up ones built from
common Syrian place-name parts, so the extractor sees both known and unknown towns.
The same seed gives the same articles. Nothing generated is committed: write it to
``benchmarks/out/`` (git-ignored) or a temp folder.

    python -m benchmarks.gen_articles 100000 --seed 7 --out benchmarks/out/articles.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from benchmarks.common import CORPUS

FIRST_DAY = date(2015, 1, 1)
DAYS = 3653  # ten years: 2015-01-01 .. 2024-12-31
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NUMBER_WORDS = ["", "once", "twice", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
# Syrian provinces, weighted roughly as bulletins mention them.
PROVINCES = {
    "Latakia": 30,
    "Idlib": 25,
    "Aleppo": 20,
    "Hama": 18,
    "Damascus": 4,
    "Daraa": 4,
    "Quneitra": 2,
    "Homs": 3,
    "Rif Dimashq": 2,
}
PREFIXES = ["Tall", "Kafr", "Ain", "Bait", "Deir", "Jisr", "Khan", "Maarat", "Tal", "Jabal", "Qalaat", "Umm"]
ROOTS = [
    "Nabl",
    "Zayt",
    "Hamr",
    "Suqay",
    "Rasm",
    "Buwayd",
    "Shaykh",
    "Qasr",
    "Ghab",
    "Hawr",
    "Saraf",
    "Mazr",
    "Tuff",
    "Kurd",
    "Baydar",
    "Janud",
    "Lataf",
    "Rabiy",
    "Zuhr",
    "Qamh",
]
ENDINGS = ["a", "iya", "an", "in", "un", "ah", "at", "abad", "iyah", "on"]
OFFICIALS = [
    "Rear Admiral Oleg Zhuravlev",
    "Maj. Gen. Viktor Kupchishin",
    "Lt. Gen. Alexei Bakin",
    "Maj. Gen. Yevgeny Poplavsky",
    "Vladimir Savchenko",
]
VERBS = ["shelled", "attacked", "fired on", "opened fire on"]
BACKGROUND = [
    "The Idlib de-escalation zone was set up under a Russian-Turkish memorandum signed in Sochi. "
    "Both sides have since accused each other of failing to separate moderate rebels from militants.",
    "Over the same period the centre carried out {h} humanitarian operations, handing out {k} food "
    "kits in settlements of the {p} province.",
    "Russia, Turkey and Iran act as guarantors of the ceasefire in Syria. The Astana talks on the "
    "settlement are expected to resume next month.",
    "The Russian military regularly reports on the situation in the de-escalation zones and on the "
    "return of refugees, some {r} of whom have come back since the start of the year.",
    "No casualties among the civilian population were reported, the statement added.",
    "READ MORE: Syrian Army Repels Militant Attack Near Hama",
    "Earlier this week the centre warned that militant groups were preparing a provocation with "
    "toxic substances in order to accuse Damascus of using chemical weapons.",
    "Syrian government forces returned fire, a military source told the state news agency.",
]


def _town_pool(rng: random.Random) -> dict[str, list[str]]:
    """Province -> towns: the corpus's annotated ones plus ~40 made-up names per province."""
    pool: dict[str, list[str]] = {p: [] for p in PROVINCES}
    for path in sorted((CORPUS / "dev").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for v in data.get("violations", []):
            if v.get("location") and v.get("admin1") in pool and v["location"] not in pool[v["admin1"]]:
                pool[v["admin1"]].append(v["location"])
    for province, towns in pool.items():
        for _ in range(40):
            name = rng.choice(ROOTS) + rng.choice(ENDINGS)
            if rng.random() < 0.5:
                name = f"{rng.choice(PREFIXES)} {name}"
            if name not in towns and name != province:
                towns.append(name)
    return pool


def _times(n: int, style: str) -> str:
    """How a bulletin writes a count: '(once)', '(twice)', '(3)', '(three times)' or nothing for one."""
    if n == 1:
        return "" if style == "bare" else " (once)"
    if style == "digits":
        return f" ({n})"
    if n == 2:
        return " (twice)"
    return f" ({NUMBER_WORDS[n]} times)" if n < len(NUMBER_WORDS) else f" ({n} times)"


def _join(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


@dataclass(frozen=True)
class Bulletin:
    text: str
    source: str
    published: date
    day: date  # the day the statement speaks of
    totals_only: bool  # only per-province sums are printed (no towns)
    places: list[tuple[str, list[tuple[str, int]]]]  # [(province, [(town, count)])]


class Generator:
    """Articles from one seed; ``article(i)`` is deterministic for the seed and i's order of calls."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.towns = _town_pool(self.rng)
        self.provinces = list(PROVINCES)
        self.weights = [PROVINCES[p] for p in self.provinces]

    def _places(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """1-3 provinces, each with 1-8 towns and their counts."""
        rng = self.rng
        chosen: list[str] = []
        for _ in range(rng.choice([1, 1, 2, 2, 3])):
            p = rng.choices(self.provinces, self.weights)[0]
            if p not in chosen:
                chosen.append(p)
        out = []
        for p in chosen:
            towns = rng.sample(self.towns[p], min(len(self.towns[p]), rng.randint(1, 8)))
            out.append((p, [(t, rng.choice([1, 1, 1, 1, 2, 2, 3, 4, 5])) for t in towns]))
        return out

    def article(self) -> dict[str, str]:
        """One JSON line's object: text, received (ISO-8601) and source."""
        b = self.bulletin()
        received = datetime.combine(b.published, time(6, 30), tzinfo=UTC)
        return {"text": b.text, "received": received.isoformat().replace("+00:00", "Z"), "source": b.source}

    def bulletin(self) -> Bulletin:
        """One article with what it says (for building a database without the extractor)."""
        rng = self.rng
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        said = published - timedelta(days=rng.choice([0, 0, 1]))
        places = self._places()
        total = sum(n for _, towns in places for _, n in towns)
        style = rng.choice(["sputnik", "sputnik", "tass", "totals"])
        background = rng.sample(BACKGROUND, rng.randint(1, 3))
        filler = "\n\n".join(
            b.format(
                h=rng.randint(1, 5),
                k=rng.randint(100, 900),
                p=rng.choice(self.provinces),
                r=rng.randint(1000, 90000),
            )
            for b in background
        )
        when = WEEKDAYS[said.weekday()] if said != published else f"on {WEEKDAYS[said.weekday()]}"
        if style == "sputnik":
            count_style = rng.choice(["words", "words", "digits", "bare"])
            groups = [
                ", ".join(f"{t}{_times(n, count_style)}" for t, n in towns) + f" in {p} province"
                for p, towns in places
            ]
            text = (
                f"date {published.isoformat()} MOSCOW (Sputnik) - Militants in Syria's Idlib "
                f"de-escalation zone violated the ceasefire {total} times in the past 24 hours, the "
                f"Russian Defence Ministry's centre for Syrian reconciliation said {when}.\n\n"
                f'"During the day militants have {rng.choice(VERBS)} {", ".join(groups)}", the centre '
                f"said in its daily bulletin.\n\n{filler}"
            )
            source = "Sputnik"
        elif style == "tass":
            groups = [
                ", ".join(f"{t}{_times(n, 'words')}" for t, n in towns) + f" in the {p} governorate"
                for p, towns in places
            ]
            names = _join([p for p, _ in places])
            unit = "governorate" if len(places) == 1 else "governorates"
            text = (
                f"MOSCOW, {MONTHS[published.month - 1]} {published.day}. /TASS/. Militants in Syria "
                f"broke the ceasefire {total} times over the past 24 hours, shelling settlements in the "
                f"{names} {unit}, {rng.choice(OFFICIALS)}, chief of the Russian Center for "
                f"Reconciliation of the Opposing Parties, said {when}.\n\n"
                f'"In the course of the day, shelling was recorded from the settlements of '
                f'{", ".join(groups)}," he said.\n\n{filler}'
            )
            source = "TASS"
        else:
            sums = [(p, sum(n for _, n in towns)) for p, towns in places]
            listed = _join([f"{p} ({n})" for p, n in sums])
            text = (
                f"Russia Registers {total} Ceasefire Violations In Syria Over Past 24 Hours\n\n"
                f"MOSCOW ({published.day} {MONTHS[published.month - 1]}, {published.year}) The Russian "
                f"side of the Russian-Turkish commission recorded {total} cases of firing over the past "
                f"24 hours, the Russian Defense Ministry said {when}: "
                f'"{total} cases of firing in the provinces of {listed}".\n\n{filler}'
            )
            source = "UrduPoint"
        return Bulletin(text, source, published, said, style == "totals", places)

    def articles(self, n: int) -> Iterator[dict[str, str]]:
        for _ in range(n):
            yield self.article()


def write_jsonl(path: Path, n: int, seed: int = 7) -> Path:
    """Write ``n`` articles as JSON lines (``trucewatch ingest --jsonl`` input)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for obj in Generator(seed).articles(n):
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("count", type=int, help="how many articles")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    args = parser.parse_args()
    write_jsonl(args.out, args.count, args.seed)
    print(f"wrote {args.count:,} articles to {args.out}")


if __name__ == "__main__":
    main()
