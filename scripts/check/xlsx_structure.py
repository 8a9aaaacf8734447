"""Opens broadsheet.xlsx with openpyxl and checks what a spreadsheet user relies on: a sheet per
table with the CSV's header, the header row frozen, an autofilter, integer columns as numbers and
date columns as dates. Usage: xlsx_structure.py OUTPUT_DIR"""
import csv
import datetime
import json
import sys
from pathlib import Path

import openpyxl

out = Path(sys.argv[1])
wb = openpyxl.load_workbook(out / "broadsheet.xlsx", read_only=False)
package = json.load(open(out / "datapackage.json"))
assert any(r["path"] == "broadsheet.xlsx" for r in package["resources"]), "the workbook is not a datapackage resource"
for resource in (r for r in package["resources"] if r.get("profile") == "tabular-data-resource"):
    name = resource["name"]
    assert name in wb.sheetnames, f"no sheet {name} (sheets: {wb.sheetnames})"
    ws = wb[name]
    fields = resource["schema"]["fields"]
    header = [c.value for c in ws[1]]
    assert header == [f["name"] for f in fields], f"{name}: header {header}"
    assert ws.freeze_panes == "A2", f"{name}: header not frozen ({ws.freeze_panes})"
    assert ws.auto_filter.ref, f"{name}: no autofilter"
    with open(out / f"{name}.csv", newline="", encoding="utf-8-sig") as f:
        rows = sum(1 for _ in csv.reader(f)) - 1
    assert ws.max_row - 1 == rows, f"{name}: {ws.max_row - 1} rows in the sheet, {rows} in the CSV"
    for k, field in enumerate(fields):
        values = [row[k] for row in ws.iter_rows(min_row=2, values_only=True) if row[k] is not None]
        if field["type"] == "integer":
            assert all(isinstance(v, (int, float)) for v in values), f"{name}.{field['name']}: not numbers"
        if field["type"] == "date":
            assert all(isinstance(v, datetime.datetime) for v in values), f"{name}.{field['name']}: not dates"
    print(f"{name}: {rows} rows, header frozen, autofilter {ws.auto_filter.ref}, typed cells")
assert "about" in wb.sheetnames
