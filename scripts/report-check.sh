#!/usr/bin/env bash
# The report and the workbook checked as a person would, on the tables `make` writes for input/:
#  - report.html opened in headless Chromium: a screenshot that is not blank, and no error in the
#    page's console;
#  - broadsheet.xlsx converted back to CSV by LibreOffice (soffice --headless --convert-to csv):
#    the same rows and characters as documents.csv and quotes.csv;
#  - broadsheet.xlsx opened with openpyxl: a sheet per table, header frozen, autofilter on, numbers
#    as numbers and dates as dates.
# Installs chromium, libreoffice-calc-nogui and python3-openpyxl with apt-get when missing (as root).
# Usage: scripts/report-check.sh [OUTPUT_DIR]   (default: output/, after `make run`)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$(realpath "${1:-output}")
PACKAGES="chromium libreoffice-calc-nogui python3-openpyxl"
need=""
command -v chromium >/dev/null || need="$need chromium"
command -v soffice >/dev/null || need="$need libreoffice-calc-nogui"
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || need="$need python3-openpyxl"
if [ -n "$need" ]; then
  [ "$(id -u)" = 0 ] || { echo "report-check: needs$need (sudo apt-get install$need)" >&2; exit 1; }
  echo "report-check: installing$need" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need >/dev/null
fi
W=$(mktemp -d /tmp/broadsheet-report-check.XXXXXX)
trap 'rm -rf "$W"' EXIT
for f in report.html broadsheet.xlsx documents.csv quotes.csv; do
  [ -s "$OUT/$f" ] || { echo "report-check: $OUT/$f is missing or empty" >&2; exit 1; }
done

# 1. The report in a browser.
chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --enable-logging=stderr --v=0 \
  --user-data-dir="$W/profile" --window-size=1280,2200 --screenshot="$W/report.png" "file://$OUT/report.html" \
  > "$W/chromium.log" 2>&1 || { cat "$W/chromium.log" >&2; echo "report-check: chromium failed" >&2; exit 1; }
if grep -E 'CONSOLE|Uncaught' "$W/chromium.log" >&2; then echo "report-check: the report logged errors in the browser" >&2; exit 1; fi
/usr/bin/python3 scripts/check/png_not_blank.py "$W/report.png"
if [ -n "${REPORT_SCREENSHOT:-}" ]; then cp "$W/report.png" "$REPORT_SCREENSHOT"; echo "report-check: screenshot saved to $REPORT_SCREENSHOT"; fi

# 2. The workbook through LibreOffice, every sheet to CSV (UTF-8, cells as shown).
mkdir -p "$W/soffice"
( cd "$W/soffice" && HOME="$W" soffice --headless --norestore \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$W/soffice" "$OUT/broadsheet.xlsx" > "$W/soffice.log" 2>&1 ) || { cat "$W/soffice.log" >&2; exit 1; }
/usr/bin/python3 scripts/check/xlsx_round_trip.py "$OUT" "$W/soffice" documents quotes

# 3. The workbook's structure and cell types.
/usr/bin/python3 scripts/check/xlsx_structure.py "$OUT"
echo "report-check: report.html renders without errors; broadsheet.xlsx matches the CSV tables"
