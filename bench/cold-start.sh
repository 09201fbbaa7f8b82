#!/usr/bin/env bash
# What a cold start of the command line costs, step by step: the example in all three formats
# (render --out DIR), each way timed R times (default 5), the median and the range, and how many
# classes each way loads and from where (-Xlog:class+load, on every run alike: from the class data
# sharing archive or read from the jar). The ways: the JVM alone (java -version); plain `java -jar`; `java -jar` without
# any class data sharing (-Xshare:off); bin/bulletin's options without its archive, then with it, then
# with what bin/bulletin adds (huge pages where the kernel offers them, no hsperfdata file); and, if a
# JDK 25 or later is given in JDK25 (its home), the same options on it, without and with its
# ahead-of-time cache (JEP 483/514), which this script records first.
#
# Usage: bench/cold-start.sh [R]   (needs `mvn -B package -DskipTests` first; python3)
#        JDK25=/usr/lib/jvm/temurin-25-jdk-amd64 bench/cold-start.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
target=bulletin-examples/target
jar=$target/bulletin.jar
example=bulletin-examples/src/main/resources/org/safeguarding/bulletin/examples/online-risks-and-harms.json
[ -f "$jar" ] || { echo "cold-start.sh: build first: mvn -B package -DskipTests" >&2; exit 3; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
quick=(-XX:+UseSerialGC -Xmx512m -XX:TieredStopAtLevel=1)
# What bin/bulletin adds to them: transparent huge pages where the kernel offers them, no hsperfdata.
added=(-XX:-UsePerfData)
if grep -qs '\[always\]\|\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled; then
  added+=(-XX:+UseTransparentHugePages)
fi

measure() { # label, java, options...: the median and range of R runs, and the classes loaded
  local label=$1 java=$2; shift 2
  local times=()
  for _ in $(seq 1 "$runs"); do
    rm -rf "$work/out" "$work/classes.log"
    local start end
    start=$(date +%s.%N)
    "$java" -Xlog:class+load:file="$work/classes.log" "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    times+=("$(python3 -c "print($end - $start)")")
  done
  python3 - "$label" "$work/classes.log" "${times[@]}" <<'EOF'
import statistics, sys
label, log, times = sys.argv[1], sys.argv[2], sorted(float(t) for t in sys.argv[3:])
lines = open(log).read().splitlines()
shared = sum(1 for l in lines if 'shared objects file' in l or 'source: shared' in l)
print(f"{label:58s} {statistics.median(times):6.2f} s ({times[0]:.2f} to {times[-1]:.2f})"
      f"  classes {len(lines):6,d}, from the archive {shared:6,d}")
EOF
}

render=(-jar "$jar" render "$example" --out "$work/out")
printf 'The example in html, docx and pdf, %s runs each, median (range); %s cores\n\n' "$runs" "$(nproc)"
measure "JVM alone (java -version)" java -version
measure "java -jar" java "${render[@]}"
measure "java -jar, no class data sharing (-Xshare:off)" java -Xshare:off "${render[@]}"
measure "serial GC, C1 only, no archive (-Xshare:off)" java "${quick[@]}" -Xshare:off "${render[@]}"
measure "serial GC, C1 only, the JDK's own archive" java "${quick[@]}" "${render[@]}"
if [ -f "$target/bulletin.jsa" ]; then
  measure "the same, and bulletin.jsa" java "${quick[@]}" -XX:SharedArchiveFile="$target/bulletin.jsa" -Xshare:auto "${render[@]}"
  measure "bin/bulletin on Java 17 (the same, huge pages, no perf data)" java "${quick[@]}" "${added[@]}" -XX:SharedArchiveFile="$target/bulletin.jsa" -Xshare:auto "${render[@]}"
fi
if [ -n "${JDK25:-}" ]; then
  java25=$JDK25/bin/java
  "$java25" "${quick[@]}" -XX:AOTCacheOutput="$work/bulletin.aot" "${render[@]}" >/dev/null 2>&1
  measure "JDK 25: serial GC, C1 only, the JDK's own archive" "$java25" "${quick[@]}" "${render[@]}"
  measure "JDK 25: the same, and an AOT cache of this command" "$java25" "${quick[@]}" -XX:AOTCache="$work/bulletin.aot" "${render[@]}"
  measure "JDK 25: bin/bulletin (the same, huge pages, no perf data)" "$java25" "${quick[@]}" "${added[@]}" -XX:AOTCache="$work/bulletin.aot" "${render[@]}"
  measure "JDK 25: AOT cache, full JIT (C2 uses the cache's profiles)" "$java25" -XX:+UseSerialGC -Xmx512m -XX:AOTCache="$work/bulletin.aot" "${render[@]}"
fi
