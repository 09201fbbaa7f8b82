#!/usr/bin/env bash
# Measures, in one run on one machine, the per-document time of this library's command line (N
# bulletins in one process) against pandoc (Markdown to HTML and to DOCX, one process per document)
# and WeasyPrint (HTML to PDF, one process per document), and prints the ratios.
#
# Usage: bench/compare.sh [N [M]]  (N bulletins for our one process, default 500; pandoc and WeasyPrint
#                                   start a process per document, so they are timed on the first M,
#                                   default 25, and their time per document is the same at any N.
#                                   Needs `mvn -B package -Pbenchmarks -DskipTests` first.)
# Ours runs as users run it, through bin/bulletin (see there for the JVM options it picks). Our time
# includes the JVM starting and warming up, shared by the N documents, so a small N measures start-up
# more than throughput (docs/performance.md has figures at 200, 500 and 2,000). So the script also
# times our command line on one bulletin, and prints a second figure, the time each further document
# adds once the JVM is up: (time for N - time for 1) / (N - 1), with its ratio.
# At the end it runs bench/typst.sh: our warm PDF beside Typst's (PDF/UA-1), with the ratio.
# Needs: the Debian packages pandoc and weasyprint, python3, and Node (for Typst).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
m=${2:-25}
[ "$m" -le "$n" ] || m=$n
jar=bulletin-examples/target/bulletin.jar
example=bulletin-examples/src/main/resources/org/safeguarding/bulletin/examples/online-risks-and-harms.json
for tool in pandoc weasyprint python3 node; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is missing (apt-get install pandoc weasyprint)" >&2; exit 3; }
done
[ -f "$jar" ] || { echo "compare.sh: build first: mvn -B package -Pbenchmarks -DskipTests" >&2; exit 3; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/md" "$work/ours" "$work/pandoc" "$work/weasy"
for i in $(seq 1 "$n"); do
  sed "s/\"id\": \"online-risks-and-harms\"/\"id\": \"bulletin-$i\"/" "$example" > "$work/in/bulletin-$i.json"
  if [ "$i" -le "$m" ]; then # pandoc converts the first M only
    python3 bench/bulletin-to-markdown.py "$work/in/bulletin-$i.json" "$work/md/bulletin-$i.md"
  fi
done

now() { date +%s.%N; }

measure() { # documents, command...: milliseconds per document, the command's whole time included
  local docs=$1; shift
  local start end
  start=$(now); "$@" >/dev/null 2>&1; end=$(now)
  python3 -c "print(f'{($end - $start) * 1000 / $docs:.1f}')"
}

sample=$(ls "$work"/md/*.md | head -n "$m" | tr "\n" " ")
ours_html=$(measure "$n" bin/bulletin render "$work"/in/*.json --out "$work/ours" --format html)
ours_docx=$(measure "$n" bin/bulletin render "$work"/in/*.json --out "$work/ours" --format docx)
ours_pdf=$(measure "$n" bin/bulletin render "$work"/in/*.json --out "$work/ours" --format pdf)
one_html=$(measure 1 bin/bulletin render "$work"/in/bulletin-1.json --out "$work/one" --format html)
one_docx=$(measure 1 bin/bulletin render "$work"/in/bulletin-1.json --out "$work/one" --format docx)
one_pdf=$(measure 1 bin/bulletin render "$work"/in/bulletin-1.json --out "$work/one" --format pdf)
pandoc_html=$(measure "$m" bash -c "for f in $sample; do pandoc -s \"\$f\" -o $work/pandoc/\$(basename \"\$f\" .md).html; done")
pandoc_docx=$(measure "$m" bash -c "for f in $sample; do pandoc \"\$f\" -o $work/pandoc/\$(basename \"\$f\" .md).docx; done")
weasy_pdf=$(measure "$m" bash -c "for f in $(ls "$work"/ours/*.html | head -n "$m" | tr "\n" " "); do weasyprint \"\$f\" $work/weasy/\$(basename \"\$f\" .html).pdf; done")

ratio() { python3 -c "print(f'{$2 / $1:.1f}x')"; }
further() { # ms per document for N, ms for one: ms that each further document adds
  if [ "$n" -gt 1 ]; then python3 -c "print(f'{max(($1 * $n - $2) / ($n - 1), 0.1):.1f}')"; else echo "$1"; fi
}
printf 'ours: %s documents in one process per format; pandoc and WeasyPrint: %s documents, a process each; %s cores (%s)\n\n' "$n" "$m" "$(nproc)" "$(uname -m)"
printf '%-6s %12s %20s %8s %20s %8s\n' format "ours ms/doc" "other ms/doc" ratio "ours, each further" ratio
for format in html docx pdf; do
  eval "ours=\$ours_$format one=\$one_$format"
  case $format in html) other=$pandoc_html tool=pandoc ;; docx) other=$pandoc_docx tool=pandoc ;; pdf) other=$weasy_pdf tool=weasyprint ;; esac
  extra=$(further "$ours" "$one")
  printf '%-6s %12s %20s %8s %20s %8s\n' "$format" "$ours" "$other ($tool)" "$(ratio "$ours" "$other")" "$extra" "$(ratio "$extra" "$other")"
done
printf '\nours for one document (the JVM starting, all included): html %s ms, docx %s ms, pdf %s ms\n' "$one_html" "$one_docx" "$one_pdf"
printf '\n'
bench/typst.sh
