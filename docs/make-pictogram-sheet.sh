#!/usr/bin/env bash
# Draws the built-in pictograms as one picture sheet, each with its name, into
# docs/images/pictograms.png: an HTML page of the SVGs, screenshot by headless Chromium. Needs
# chromium (and fonts-liberation). Run from the repository root.
set -euo pipefail
dir=bulletin-render/src/main/resources/org/safeguarding/bulletin/render/pictogram
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count=$(ls "$dir"/*.svg | wc -l)
columns=10
rows=$(( (count + columns - 1) / columns ))
{
  echo '<!doctype html><html lang="en"><meta charset="utf-8"><title>Pictograms</title>'
  echo '<style>body{margin:12px;font:14px "Liberation Sans",Arial,sans-serif;color:#12263F;background:#fff}'
  echo 'ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat('"$columns"',112px);gap:10px 8px}'
  echo 'li{text-align:center}img{width:72px;height:72px;display:block;margin:0 auto 4px}</style><ul>'
  for svg in "$dir"/*.svg; do
    name=$(basename "$svg" .svg)
    echo "<li><img src=\"file://$PWD/$svg\" alt=\"\">$name</li>"
  done
  echo '</ul></html>'
} > "$work/sheet.html"
width=$(( 24 + columns * 112 + (columns - 1) * 8 ))
height=$(( 24 + rows * 96 + (rows - 1) * 10 ))
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size="$width,$height" --screenshot="$work/sheet.png" "file://$work/sheet.html" 2>/dev/null
mkdir -p docs/images
cp "$work/sheet.png" docs/images/pictograms.png
echo "wrote docs/images/pictograms.png ($count pictograms)"
