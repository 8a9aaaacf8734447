"""trafilatura's extraction rate on a folder of pages, one core, best of REPEAT passes: the peer
figure beside Broadsheet's in `make bench`. Usage: python3 trafilatura-rate.py DIR [REPEAT]"""
import glob
import sys
import time

import trafilatura

pages = [open(f, "rb").read() for f in sorted(glob.glob(sys.argv[1] + "/*.html"))]
repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
best = float("inf")
for _ in range(repeat):
    t0 = time.perf_counter()
    for page in pages:
        trafilatura.extract(page)
    best = min(best, time.perf_counter() - t0)
print(f"{len(pages) / best:.1f}")
