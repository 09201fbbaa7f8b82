#!/usr/bin/env bash
# Renders the example bulletin's Easy Read DOCX, converts it to PDF with LibreOffice and writes its
# first pages as PNG images into docs/images/easy-read-page-N.png. Needs soffice
# (libreoffice-writer-nogui) and pdftoppm (poppler-utils). Run from the repository root, after
# `mvn -B -q install -DskipTests -pl bulletin-model`.
set -euo pipefail
pages=${PAGES:-4}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q test-compile -pl bulletin-render
mvn -B -q dependency:build-classpath -pl bulletin-render -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="bulletin-render/target/test-classes:bulletin-render/target/classes:$(cat "$work/cp.txt")"
java -Djava.awt.headless=true -cp "$cp" org.safeguarding.bulletin.render.docx.WriteExampleDocx "$work/example.docx"
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/example.docx" >/dev/null
pdftoppm -r 50 -png -f 1 -l "$pages" "$work/example.pdf" "$work/page"
mkdir -p docs/images
for i in $(seq 1 "$pages"); do
  src=$(ls "$work"/page-*"$i".png | head -n 1)
  cp "$src" "docs/images/easy-read-page-$i.png"
done
echo "wrote docs/images/easy-read-page-1..$pages.png"
