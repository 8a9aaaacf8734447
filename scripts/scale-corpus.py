#!/usr/bin/env python3
"""Writes a corpus of N distinct documents for scale measurements: variants of the development
sets in ../shared/eval (and input/), each variant in its own folder. Every paragraph of a variant
gets a sentence of its own, so no two documents share a body (copies of one body would be found
as duplicates and their text as chrome), while each site's chrome stays the same across pages as
on a real site. Works on bytes, so pages keep their declared encodings.

Usage: scripts/scale-corpus.py OUT_DIR [N]   (default N = 100000)
"""
import os, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
out = Path(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
shared = root.parent / "shared" / "eval"
sources = sorted(p for p in (root / "input").iterdir() if p.suffix in (".html", ".txt"))
for pattern in ["boilerplate/html/*.html", "web/*/html/*.html", "news/*/*.txt", "news/*/*.html"]:
    sources += sorted(shared.glob(pattern))
if not sources:
    sys.exit("no source documents found")
closing_p = re.compile(rb"</p\s*>", re.I)

def vary(data: bytes, suffix: str, v: int) -> bytes:
    k = 0
    def mark() -> bytes:
        nonlocal k
        k += 1
        return f" Report {v}-{k} of the archive.".encode()
    if suffix == ".txt":
        lines = data.split(b"\n")
        return b"\n".join(line + mark() if len(line.strip()) >= 40 else line for line in lines)
    return closing_p.sub(lambda m: mark() + m.group(0), data)

written = 0
v = 0
while written < n:
    folder = out / f"v{v:03d}"
    folder.mkdir(parents=True, exist_ok=True)
    for i, src in enumerate(sources):
        if written >= n:
            break
        data = src.read_bytes()
        (folder / f"{i:05d}{src.suffix}").write_bytes(vary(data, src.suffix, v))
        written += 1
    v += 1
print(f"{written} documents from {len(sources)} sources in {v} variant folders under {out}")
