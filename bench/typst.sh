#!/usr/bin/env bash
# Measures, in one run on one machine, our warm PDF of the Safer Seven example (PdfRenderer, JMH:
# RenderBenchmark.pdf, the example, one thread) beside Typst's (bench/safer-seven.typ, the same
# bulletin written in Typst, compiled to PDF/UA-1 by Typst's Node binding in a warm batch in one
# process), and prints both with the ratio. Typst runs before and after ours, and its figure is the
# mean of the two, so that the machine's drift falls on both sides alike. On a machine busy with other
# work, wall-clock times stretch with the load; so both sides' CPU time per document is printed too
# (ours from CpuTimes pdf, one thread; Typst's from its process, all its threads), with its ratio.
#
# Usage: bench/typst.sh [N]   (N Typst documents a batch after 30 of warm-up, default 100.
#                              Needs `mvn -B package -Pbenchmarks -DskipTests` first, and Node.)
# Typst's Node binding (@myriaddreamin/typst-ts-node-compiler, pinned below) is installed from the
# npm registry into bench/.typst, a scratch folder that git ignores, never into the project's own
# package.json. bench/typst-batch.js says how its batch is made. Typst's PDF is then checked with
# veraPDF through our own `bin/bulletin verify` (it claims PDF/UA-1 only: Typst writes one standard
# a file, so its PDF/A-2a line fails; ours claim both). JMH_OPTIONS adds to JMH's options, for
# example JMH_OPTIONS="-wi 5 -i 3" for a quicker, less settled run; BENCHMARKS_JAR names another
# benchmarks.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100}
typst_version=0.7.0
benchmarks=${BENCHMARKS_JAR:-bulletin-examples/target/benchmarks.jar}
fonts=bulletin-render/src/main/resources/org/safeguarding/bulletin/render/pdf/fonts
for tool in node npm java python3; do
  command -v "$tool" >/dev/null || { echo "typst.sh: $tool is missing" >&2; exit 3; }
done
[ -f "$benchmarks" ] || { echo "typst.sh: build first: mvn -B package -Pbenchmarks -DskipTests" >&2; exit 3; }

scratch=bench/.typst
if [ ! -f "$scratch/node_modules/@myriaddreamin/typst-ts-node-compiler/package.json" ] \
    || ! grep -q "\"version\": \"$typst_version\"" "$scratch/node_modules/@myriaddreamin/typst-ts-node-compiler/package.json"; then
  mkdir -p "$scratch"
  npm install --prefix "$scratch" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "@myriaddreamin/typst-ts-node-compiler@$typst_version" >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
typst() { NODE_PATH="$PWD/$scratch/node_modules" node bench/typst-batch.js "$PWD" "$PWD/$fonts" "$work/typst.pdf" "$n" 30; }

echo "typst.sh: Typst, $n documents after 30 of warm-up ..." >&2
typst > "$work/typst-1.json"
echo "typst.sh: ours, JMH (about 90 s) ..." >&2
# shellcheck disable=SC2086 # JMH_OPTIONS is a list of options
java -jar "$benchmarks" 'RenderBenchmark.pdf$' -p size=example -rf json -rff "$work/jmh.json" ${JMH_OPTIONS:-} > "$work/jmh.log"
echo "typst.sh: ours, CPU time (70 s) ..." >&2
java -XX:+UseSerialGC -cp "$benchmarks" org.safeguarding.bulletin.benchmarks.CpuTimes pdf > "$work/cpu.log"
echo "typst.sh: Typst again ..." >&2
typst > "$work/typst-2.json"
echo "typst.sh: veraPDF on Typst's PDF ..." >&2
verify=$(bin/bulletin verify "$work/typst.pdf" 2>&1 | grep -E "PDF/UA-1|PDF/A-2a" || true)

python3 - "$work" "$verify" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'EOF'
import json, re, sys
work, verify, cores, load = sys.argv[1:]
runs = [json.load(open(f"{work}/typst-{i}.json")) for i in (1, 2)]
jmh = json.load(open(f"{work}/jmh.json"))[0]["primaryMetric"]
ours = jmh["score"] / 1000
error = float(jmh["scoreError"]) / 1000  # NaN with fewer than two iterations
typst = sum(r["msPerDocument"] for r in runs) / 2
cpu = float(re.search(r"([0-9.]+) ms CPU", open(f"{work}/cpu.log").read()).group(1))
typst_cpu = sum(r["cpuMsPerDocument"] for r in runs) / 2
print(f"The Safer Seven example as a PDF, warm, one process, {cores} cores, load average {load}")
print(f"  ours  (PdfRenderer, PDF/UA-1 + PDF/A-2a, JMH): {ours:7.2f} ms a document (± {error:.2f}, 99.9 %)")
print(f"  Typst (Node binding, PDF/UA-1, {runs[0]['documents']} different documents): {typst:7.2f} ms a document"
      f" (runs: {runs[0]['msPerDocument']:.2f} and {runs[1]['msPerDocument']:.2f}; CPU"
      f" {runs[0]['cpuMsPerDocument']:.2f} and {runs[1]['cpuMsPerDocument']:.2f})")
print(f"  ratio ours / Typst: {ours / typst:.2f}  (the issue's target: at most 0.50)")
print(f"  CPU time a document: ours {cpu:.2f} ms (CpuTimes), Typst {typst_cpu:.2f} ms; ratio {cpu / typst_cpu:.2f}")
print(f"  Typst, for information: the same document again (memoized) {runs[0]['memoizedMsPerDocument']:.2f}"
      f" and {runs[1]['memoizedMsPerDocument']:.2f} ms; cache emptied after each document"
      f" {runs[0]['evictedMsPerDocument']:.2f} and {runs[1]['evictedMsPerDocument']:.2f} ms")
print(f"  Typst's PDF, {runs[0]['bytes']:,} bytes, veraPDF:")
for line in verify.splitlines():
    print(f"    {line.strip()}")
EOF
