#!/usr/bin/env bash
# Renders the 行事历 HTML of an example in headless Chromium at the width of an A4
# landscape page's printable area (297 mm - 2 x 12 mm margins = 273 mm = 1032 px at
# 96 dpi) and asserts on the rendered page: the table is there with a row per week,
# and neither the table nor any row is wider than the page. Keeps a screenshot and a
# PDF print of the page in ARTEFACT_DIR.
# usage: check_print.sh PLAN_BINARY EXAMPLE ARTEFACT_DIR
set -u
plan=$1
example=$2
out=$3
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
browser() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$profile" "$@" 2>/dev/null
}
"$plan" calendar "$example" --term 1 --weeks --format html -o "$out/term1.html" || exit 1
cat > "$out/probe.js" <<'JS'
const table = document.querySelector('table.term');
const rows = table ? [...table.querySelectorAll('tbody tr')] : [];
const page = document.documentElement.clientWidth;
const wide = rows.filter(r => r.getBoundingClientRect().right > page + 0.5);
const ok = table && rows.length >= 20 && wide.length === 0 && table.scrollWidth <= table.clientWidth + 1 &&
           document.documentElement.scrollWidth <= page + 1;
document.body.setAttribute('data-check', ok ? 'ok' :
  `fail: rows=${rows.length} wide=${wide.length} table=${table && table.scrollWidth}/${table && table.clientWidth} page=${page}`);
JS
/usr/bin/python3 - "$out" <<'PY'
import pathlib, sys
out = pathlib.Path(sys.argv[1])
page = (out / "term1.html").read_text(encoding="utf-8")
probe = (out / "probe.js").read_text(encoding="utf-8")
(out / "term1-probe.html").write_text(page.replace("</body>", "<script>" + probe + "</script></body>"), encoding="utf-8")
PY
result=$(browser --window-size=1032,730 --dump-dom "file://$out/term1-probe.html" | grep -o 'data-check="[^"]*"')
browser --window-size=1032,730 --screenshot="$out/term1.png" "file://$out/term1.html" >/dev/null
browser --print-to-pdf="$out/term1.pdf" --no-pdf-header-footer "file://$out/term1.html" >/dev/null
echo "rendered: $result; artefacts in $out"
[ "$result" = 'data-check="ok"' ] || exit 1
[ -s "$out/term1.png" ] && [ -s "$out/term1.pdf" ] || { echo "FAIL: no screenshot or PDF"; exit 1; }
