"""Compares tables converted back from broadsheet.xlsx by LibreOffice with the CSV files: the same
rows, cell for cell and character for character. The CSV's formula guard (a `'` before a cell
starting with = + - @) is a CSV-only safeguard and is taken off before comparing.
Usage: xlsx_round_trip.py OUTPUT_DIR SOFFICE_DIR TABLE..."""
import csv
import sys
from pathlib import Path

out, converted = Path(sys.argv[1]), Path(sys.argv[2])


def unguard(cell):
    return cell[1:] if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r" else cell


for table in sys.argv[3:]:
    with open(out / f"{table}.csv", newline="", encoding="utf-8-sig") as f:
        want = [[unguard(c) for c in row] for row in csv.reader(f)]
    candidates = sorted(converted.glob(f"*-{table}.csv"))
    if not candidates:
        sys.exit(f"LibreOffice wrote no sheet '{table}' (files: {sorted(p.name for p in converted.iterdir())})")
    with open(candidates[0], newline="", encoding="utf-8") as f:
        got = list(csv.reader(f))
    if len(got) != len(want):
        sys.exit(f"{table}: {len(got)} rows from the workbook, {len(want)} in {table}.csv")
    for i, (g, w) in enumerate(zip(got, want)):
        g = g + [""] * (len(w) - len(g))
        if g != w:
            cols = [k for k in range(len(w)) if g[k] != w[k]]
            k = cols[0]
            sys.exit(f"{table} row {i}: column {want[0][k]} is {g[k][:80]!r} in the workbook, {w[k][:80]!r} in the CSV")
    chars = {c for row in want for cell in row for c in cell if ord(c) > 127}
    print(f"{table}: {len(want) - 1} rows identical through LibreOffice ({len(chars)} distinct non-ASCII characters)")
