#!/usr/bin/env bash
# Draws every page of three PDFs, as two builds render them, into one picture per PDF and build: the
# Safer Seven example, the two-section Welsh bulletin (online-safety-cy.json) and a large bulletin
# (the example's sections fourteen times over, free layout: the forty-pages bulletin of the PDF
# tests, written as JSON here). Each sheet shows the pages side by side in order, numbered, so that
# a reader sees page breaks, empty boxes and the page count at a glance.
#
# Usage: bench/page-sheets.sh BEFORE.jar AFTER.jar OUT_DIR
#   writes OUT_DIR/{example,welsh,large}-{before,after}.png
# Needs java, python3, pdftoppm (poppler-utils) and chromium (the sheet is a small HTML page, shot).
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 BEFORE.jar AFTER.jar OUT_DIR" >&2; exit 2; }
before=$(realpath "$1")
after=$(realpath "$2")
mkdir -p "$3"
out=$(realpath "$3")
cd "$(dirname "$0")/.."
for tool in java python3 pdftoppm chromium; do
  command -v "$tool" >/dev/null || { echo "page-sheets.sh: $tool is missing" >&2; exit 3; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

example=bulletin-render/src/test/resources/examples/online-risks-and-harms.json
# Both builds get the same documents, without the fields that came after the older one (other
# language versions, other formats, Easy Read review), which it would refuse.
python3 - "$example" bulletin-model/src/test/resources/fixtures/valid/online-safety-cy.json "$work" <<'EOF'
import json, sys
example, welsh, work = sys.argv[1:]
def load(path):
    bulletin = json.load(open(path, encoding="utf-8"))
    for newer in ("alternates", "alternativeFormats", "easyReadReview"):
        bulletin.pop(newer, None)
    return bulletin
def save(bulletin, name):
    json.dump(bulletin, open(f"{work}/{name}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
save(load(example), "example")
save(load(welsh), "welsh")
large = load(example)
large.update(id="forty-pages", layout="free", title="Online Risks and Harms, the long edition")
large["sections"] = large["sections"] * 14
save(large, "large")
EOF

for build in before after; do
  jar=$before
  [ "$build" = after ] && jar=$after
  for name in example welsh large; do
    mkdir -p "$work/$build-$name"
    java -jar "$jar" render --format pdf --out "$work/$build-$name" "$work/$name.json" >/dev/null
    pdf=$(ls "$work/$build-$name"/*.pdf)
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    if [ "$pages" -le 8 ]; then columns=4; width=240; else columns=8; width=150; fi
    pdftoppm -r 40 -png "$pdf" "$work/$build-$name/page"
    python3 - "$work/$build-$name" "$columns" "$width" "$name ($build): $pages pages" > "$work/$build-$name/sheet.html" <<'EOF'
import glob, html, sys
folder, columns, width, title = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
pages = sorted(glob.glob(folder + "/page-*.png"))
print(f"""<!doctype html><html lang="en"><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{margin:8px;font:14px sans-serif;background:#ddd}}
.grid{{display:grid;grid-template-columns:repeat({columns},{width}px);gap:8px}}
figure{{margin:0}}img{{width:{width}px;display:block;background:#fff;box-shadow:0 0 2px #666}}
figcaption{{text-align:center;font-size:12px}}</style>
<p><b>{html.escape(title)}</b></p><div class="grid">""")
for number, page in enumerate(pages, 1):
    print(f'<figure><img src="file://{page}" alt=""><figcaption>{number}</figcaption></figure>')
print("</div></html>")
EOF
    rows=$(( (pages + columns - 1) / columns ))
    height=$(( 40 + rows * (width * 1414 / 1000 + 26) ))
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files \
      --window-size=$(( 16 + columns * (width + 8) )),$height \
      --screenshot="$out/$name-$build.png" "file://$work/$build-$name/sheet.html" >/dev/null 2>&1
    echo "$name ($build): $pages pages -> $out/$name-$build.png"
  done
done
