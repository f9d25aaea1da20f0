"""Build extractors/data/sv_words.txt(.gz): Swedish words with their Zipf frequency, for OCR repair.

Run once from the repository root (needs `pip install wordfreq`, a build-time tool only):
    python tools/build_wordlist.py [--size 60000]
Falls back to Debian's hunspell-sv dictionary (apt-get install hunspell-sv) when wordfreq is missing.
"""
from __future__ import annotations

import argparse
import gzip
import unicodedata
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "extractors" / "data"
HUNSPELL_DIC = Path("/usr/share/hunspell/sv_SE.dic")
MAX_PLAIN_BYTES = 1_000_000
FALLBACK_ZIPF = 3.0


def is_word(token: str) -> bool:
    """Keep alphabetic tokens only (no digits, punctuation or spaces)."""
    return token.isalpha()


def wordfreq_words(size: int) -> list[tuple[str, float]]:
    """Top `size` Swedish words from wordfreq with their Zipf frequency."""
    import wordfreq

    words = wordfreq.top_n_list("sv", size)
    return [(w, wordfreq.zipf_frequency(w, "sv")) for w in words if is_word(w)]


def hunspell_words(path: Path = HUNSPELL_DIC) -> list[tuple[str, float]]:
    """Stems of the hunspell-sv dictionary, each with a flat Zipf guess."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    stems = {line.split("/", 1)[0].strip().lower() for line in lines}
    return [(w, FALLBACK_ZIPF) for w in sorted(stems) if is_word(w)]


def render(rows: list[tuple[str, float]]) -> str:
    """One "word<TAB>zipf" line per word, NFC, highest frequency first, ties by word."""
    best: dict[str, float] = {}
    for word, zipf in rows:
        key = unicodedata.normalize("NFC", word)
        best[key] = max(zipf, best.get(key, 0.0))
    ordered = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
    return "".join(f"{w}\t{z:.2f}\n" for w, z in ordered)


def write(text: str) -> Path:
    """Write plain text, or gzip (without a timestamp) when it is larger than 1 MB."""
    plain, packed = DATA_DIR / "sv_words.txt", DATA_DIR / "sv_words.txt.gz"
    data = text.encode("utf-8")
    if len(data) <= MAX_PLAIN_BYTES:
        packed.unlink(missing_ok=True)
        plain.write_bytes(data)
        return plain
    plain.unlink(missing_ok=True)
    packed.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return packed


def main() -> None:
    """Build the word list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=60_000)
    args = parser.parse_args()
    try:
        rows = wordfreq_words(args.size)
    except ImportError:
        rows = hunspell_words()
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = write(render(rows))
    print(path.name, len(rows), "words", path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
